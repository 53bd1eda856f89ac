package org.citynet.elasticsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Stand-in for analysis-common's "asciifolding" token filter (preserve_original); used by Wagtail's ES backend. */
@NamedComponent("asciifolding")
public class AsciiFoldingCompatFilterFactory implements TokenFilterFactory {
    private final NGramSettings settings;

    @Inject
    public AsciiFoldingCompatFilterFactory(NGramSettings settings) {
        this.settings = settings;
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new ASCIIFoldingFilter(input, settings.preserveOriginal());
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return new ASCIIFoldingFilter(input, false);
    }
}
