package uk.peel.gazetteer;

/** What someone typed is not a UK postcode, with a message saying what is wrong in words a call handler can act on. */
public class MalformedPostcodeException extends IllegalArgumentException {

    public MalformedPostcodeException(String message) {
        super(message);
    }
}
