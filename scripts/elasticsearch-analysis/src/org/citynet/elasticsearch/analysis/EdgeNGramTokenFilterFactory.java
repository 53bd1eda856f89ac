package org.citynet.elasticsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Stand-in for analysis-common's "edge_ngram" token filter (min_gram, max_gram, preserve_original); used by Wagtail's ES backend. */
@NamedComponent("edge_ngram")
public class EdgeNGramTokenFilterFactory implements TokenFilterFactory {
    private final NGramSettings settings;

    @Inject
    public EdgeNGramTokenFilterFactory(NGramSettings settings) {
        this.settings = settings;
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new EdgeNGramTokenFilter(input, settings.minGram(), settings.maxGram(), settings.preserveOriginal());
    }
}
