package uk.peel.person;

/**
 * The import file cannot be read on from this point (an unknown column in the header, broken quoting). Rows before
 * the problem that were accepted stay stored and are reported; nothing after it is read.
 */
public class ImportFileException extends RuntimeException {

    public ImportFileException(String message) {
        super(message);
    }
}
