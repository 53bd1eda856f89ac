package org.citynet.elasticsearch.analysis;

import java.util.List;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/** Settings of the ngram / edge_ngram / asciifolding compatibility components (same keys and defaults as analysis-common). */
@AnalysisSettings
public interface NGramSettings {
    @IntSetting(path = "min_gram", defaultValue = 1)
    int minGram();

    @IntSetting(path = "max_gram", defaultValue = 2)
    int maxGram();

    @BooleanSetting(path = "preserve_original", defaultValue = false)
    boolean preserveOriginal();

    /** Tokenizers only: letter, digit, whitespace, punctuation, symbol, custom. Empty keeps all characters. */
    @ListSetting(path = "token_chars")
    List<String> tokenChars();

    @StringSetting(path = "custom_token_chars", defaultValue = "")
    String customTokenChars();
}
