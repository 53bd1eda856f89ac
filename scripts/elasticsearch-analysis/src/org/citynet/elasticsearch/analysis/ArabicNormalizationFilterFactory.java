package org.citynet.elasticsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Arabic orthographic normalization (alef/yeh/teh marbuta variants, diacritics, tatweel). */
@NamedComponent("citynet_arabic_normalization")
public class ArabicNormalizationFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream input) {
        return new ArabicNormalizationFilter(input);
    }

    /** Also applied to normalizers, keyword fields and multi-term (prefix/wildcard/fuzzy) queries. */
    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
