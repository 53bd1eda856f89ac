package org.citynet.elasticsearch.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.fa.PersianCharFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;

/** Persian char filter: replaces ZERO WIDTH NON-JOINER (U+200C) with a space, so the tokenizer splits there. */
@NamedComponent("citynet_persian_zwnj")
public class PersianZwnjCharFilterFactory implements CharFilterFactory {
    @Override
    public Reader create(Reader reader) {
        return new PersianCharFilter(reader);
    }

    @Override
    public Reader normalize(Reader reader) {
        return create(reader);
    }
}
