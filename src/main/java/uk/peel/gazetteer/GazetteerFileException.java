package uk.peel.gazetteer;

/** The file as a whole cannot be read as a postcode file (no postcode column, broken quoting): nothing after it is. */
class GazetteerFileException extends RuntimeException {

    GazetteerFileException(String message) {
        super(message);
    }
}
