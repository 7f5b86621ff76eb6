package uk.peel.person;

/** The "18+1" census ethnicity codes a person chooses for themself (2011 census categories, as police forces use). */
public enum SelfDefinedEthnicity {
    W1("White: English, Welsh, Scottish, Northern Irish or British"),
    W2("White: Irish"),
    W3("White: Gypsy or Irish Traveller"),
    W9("White: any other White background"),
    M1("Mixed: White and Black Caribbean"),
    M2("Mixed: White and Black African"),
    M3("Mixed: White and Asian"),
    M9("Mixed: any other mixed or multiple ethnic background"),
    A1("Asian or Asian British: Indian"),
    A2("Asian or Asian British: Pakistani"),
    A3("Asian or Asian British: Bangladeshi"),
    A4("Asian or Asian British: Chinese"),
    A9("Asian or Asian British: any other Asian background"),
    B1("Black or Black British: Caribbean"),
    B2("Black or Black British: African"),
    B9("Black or Black British: any other Black, African or Caribbean background"),
    O1("Other ethnic group: Arab"),
    O9("Other ethnic group: any other ethnic group"),
    NS("Not stated");

    private final String label;

    SelfDefinedEthnicity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
