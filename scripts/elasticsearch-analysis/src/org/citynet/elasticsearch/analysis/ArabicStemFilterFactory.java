package org.citynet.elasticsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Arabic light stemmer (prefixes such as al-, common suffixes); run after citynet_arabic_normalization. */
@NamedComponent("citynet_arabic_stem")
public class ArabicStemFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream input) {
        return new ArabicStemFilter(input);
    }
}
