package org.citynet.elasticsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Folds Latin characters with diacritics to their ASCII equivalents (é to e). */
@NamedComponent("citynet_ascii_folding")
public class AsciiFoldingFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream input) {
        return new ASCIIFoldingFilter(input);
    }

    /** Also applied to normalizers, keyword fields and multi-term (prefix/wildcard/fuzzy) queries. */
    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
