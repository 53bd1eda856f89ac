package org.citynet.elasticsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** German normalization: umlauts folded (ä to a), ß to ss; expects lower-cased input. */
@NamedComponent("citynet_german_normalization")
public class GermanNormalizationFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream input) {
        return new GermanNormalizationFilter(input);
    }

    /** Also applied to normalizers, keyword fields and multi-term (prefix/wildcard/fuzzy) queries. */
    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
