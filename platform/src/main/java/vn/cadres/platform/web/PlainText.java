package vn.cadres.platform.web;

/**
 * The text this system takes from outside, in a body or a parameter: any Unicode text with tabs and
 * line breaks, but no other control character (NUL, a terminal escape) and no half of a surrogate
 * pair. Such characters mean nothing in a name or a reason, and a store or a driver may rewrite
 * them after an event's hash was taken, which verification would then report as tampering.
 */
public final class PlainText {

    private PlainText() {
    }

    /** @return why {@code text} is refused, in words for a client; null when it is plain text */
    public static String fault(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be text: it holds half of a surrogate pair (U+%04X) at position %d".formatted((int) c, i);
            } else if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return "must not hold control characters: U+%04X at position %d".formatted((int) c, i);
            }
        }
        return null;
    }
}
