package org.citynet.elasticsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.RussianStemmer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Russian Snowball stemmer; expects lower-cased input. */
@NamedComponent("citynet_russian_stem")
public class RussianStemFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream input) {
        return new SnowballFilter(input, new RussianStemmer());
    }
}
