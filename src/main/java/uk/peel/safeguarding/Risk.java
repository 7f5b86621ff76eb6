package uk.peel.safeguarding;

/**
 * The risk of serious harm, as the DASH checklist grades it: standard (no evidence of likely serious harm), medium
 * (identifiable indicators; harm unlikely unless circumstances change) and high (serious harm could happen at any
 * time). Ordered from lowest to highest, so a professional judgement can only raise a grade.
 */
public enum Risk {
    STANDARD("Standard"), MEDIUM("Medium"), HIGH("High");

    private final String label;

    Risk(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Risk atLeast(Risk other) {
        return other == null || other.ordinal() <= ordinal() ? this : other;
    }
}
