package org.xianzhi.core.text;

/**
 * One normalization step: takes text, gives new text plus where each new character came from.
 * Filters are pure and stateless once built; they know nothing of their neighbours in the chain.
 */
public interface TextFilter {

    /** The short name used on the command line ({@code --steps t2s,layout}). */
    String name();

    /** Rewrites {@code input}; every output character records the input span it came from. */
    Rewrite apply(String input);
}
