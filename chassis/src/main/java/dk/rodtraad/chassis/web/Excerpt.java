package dk.rodtraad.chassis.web;

/** The beginning of a text for a list, cut at a word so it reads as text; each caller adds its own ellipsis. */
public final class Excerpt {

    /**
     * The text before the last space at or before {@code limit}, or its first {@code limit} characters when no space
     * comes before; the caller has checked that the text is longer than it wants to show.
     */
    public static String upToWord(String text, int limit) {
        int cut = text.lastIndexOf(' ', limit);
        return text.substring(0, cut > 0 ? cut : limit);
    }

    private Excerpt() {
    }
}
