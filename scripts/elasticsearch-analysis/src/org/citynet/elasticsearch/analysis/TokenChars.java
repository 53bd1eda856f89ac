package org.citynet.elasticsearch.analysis;

import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/** The token_chars classes of the analysis-common ngram tokenizers. */
final class TokenChars {
    private TokenChars() {}

    /** Returns null when every character is a token character (no token_chars configured). */
    static IntPredicate matcher(List<String> classes, String custom) {
        if (classes == null || classes.isEmpty()) {
            return null;
        }
        IntPredicate result = c -> false;
        for (String raw : classes) {
            String name = raw.trim().toLowerCase(Locale.ROOT);
            IntPredicate p;
            switch (name) {
                case "letter":
                    p = Character::isLetter;
                    break;
                case "digit":
                    p = Character::isDigit;
                    break;
                case "whitespace":
                    p = Character::isWhitespace;
                    break;
                case "punctuation":
                    p = c -> {
                        int t = Character.getType(c);
                        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                            || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                            || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                            || t == Character.OTHER_PUNCTUATION;
                    };
                    break;
                case "symbol":
                    p = c -> {
                        int t = Character.getType(c);
                        return t == Character.MATH_SYMBOL || t == Character.CURRENCY_SYMBOL
                            || t == Character.MODIFIER_SYMBOL || t == Character.OTHER_SYMBOL;
                    };
                    break;
                case "custom":
                    String chars = custom == null ? "" : custom;
                    p = c -> chars.indexOf(c) >= 0;
                    break;
                default:
                    throw new IllegalArgumentException("Unknown token type: '" + raw
                        + "', must be one of [letter, digit, whitespace, punctuation, symbol, custom]");
            }
            result = result.or(p);
        }
        return result;
    }
}
