package org.citynet.elasticsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Stand-in for analysis-common's "ngram" token filter (min_gram, max_gram, preserve_original); used by Wagtail's ES backend. */
@NamedComponent("ngram")
public class NGramTokenFilterFactory implements TokenFilterFactory {
    private final NGramSettings settings;

    @Inject
    public NGramTokenFilterFactory(NGramSettings settings) {
        this.settings = settings;
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new NGramTokenFilter(input, settings.minGram(), settings.maxGram(), settings.preserveOriginal());
    }
}
