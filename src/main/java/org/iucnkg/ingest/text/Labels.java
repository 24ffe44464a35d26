package org.iucnkg.ingest.text;

/** Short human labels cut from the start of a longer text. */
public final class Labels {
    public static final int MAX = 90;

    private Labels() {}

    /**
     * The first sentence if it fits in {@link #MAX} characters, else the text cut at the last word
     * boundary that fits, with "…" to show the cut. Bullets and closing full stops are left out.
     */
    public static String shortLabel(String text) {
        String clean = text.strip().replaceFirst("^[-•*–]\\s+", "").replaceAll("\\s+", " ");
        var sentences = Sentences.split(clean);
        String first = sentences.isEmpty() ? clean : sentences.get(0).of(clean);
        String label = first.replaceFirst("[.;:,]+$", "");
        if (label.length() <= MAX) return label;
        int cut = label.lastIndexOf(' ', MAX - 1);
        String head = (cut > MAX / 2 ? label.substring(0, cut) : label.substring(0, MAX - 1)).replaceFirst("[\\s,;:.(–-]+$", "");
        return head + "…";
    }
}
