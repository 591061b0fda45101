package org.octoseq.processing.command;

/** A frame size in pixels, as given by {@code --size WIDTHxHEIGHT}. */
record Size(int width, int height) {

    static final int MAX = 16384;

    /** Reads {@code 1280x720}. */
    static Size parse(String text) throws CommandException {
        String[] parts = text.trim().toLowerCase(java.util.Locale.ROOT).split("x", -1);
        if (parts.length != 2) {
            throw CommandException.user("option --size must look like 1280x720, got '" + text + "'");
        }
        try {
            Size size = new Size(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            if (size.width < 1 || size.height < 1 || size.width > MAX || size.height > MAX) {
                throw CommandException.user("option --size must be between 1x1 and " + MAX + "x" + MAX + ", got '" + text + "'");
            }
            return size;
        } catch (NumberFormatException e) {
            throw CommandException.user("option --size must look like 1280x720, got '" + text + "'");
        }
    }
}
