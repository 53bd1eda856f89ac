package org.citynet.elasticsearch.analysis;

import java.util.function.IntPredicate;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/** Stand-in for analysis-common's "edge_ngram" tokenizer (min_gram, max_gram, token_chars); used by Wagtail's ES backend. */
@NamedComponent("edge_ngram")
public class EdgeNGramTokenizerFactory implements TokenizerFactory {
    private final NGramSettings settings;

    @Inject
    public EdgeNGramTokenizerFactory(NGramSettings settings) {
        this.settings = settings;
        TokenChars.matcher(settings.tokenChars(), settings.customTokenChars()); // validate early
    }

    @Override
    public Tokenizer create() {
        IntPredicate tokenChar = TokenChars.matcher(settings.tokenChars(), settings.customTokenChars());
        if (tokenChar == null) {
            return new EdgeNGramTokenizer(settings.minGram(), settings.maxGram());
        }
        return new EdgeNGramTokenizer(settings.minGram(), settings.maxGram()) {
            @Override
            protected boolean isTokenChar(int chr) {
                return tokenChar.test(chr);
            }
        };
    }
}
