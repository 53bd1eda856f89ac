package org.citynet.elasticsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Persian orthographic normalization (yeh/keheh/heh variants, diacritics). */
@NamedComponent("citynet_persian_normalization")
public class PersianNormalizationFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream input) {
        return new PersianNormalizationFilter(input);
    }

    /** Also applied to normalizers, keyword fields and multi-term (prefix/wildcard/fuzzy) queries. */
    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
