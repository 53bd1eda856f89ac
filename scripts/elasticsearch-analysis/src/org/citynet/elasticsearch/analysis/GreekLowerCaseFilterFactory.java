package org.citynet.elasticsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Greek lower-casing: also removes tonos/dialytika and maps final sigma; use it instead of lowercase for Greek. */
@NamedComponent("citynet_greek_lowercase")
public class GreekLowerCaseFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream input) {
        return new GreekLowerCaseFilter(input);
    }

    /** Also applied to normalizers, keyword fields and multi-term (prefix/wildcard/fuzzy) queries. */
    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
