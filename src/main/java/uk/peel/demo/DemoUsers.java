package uk.peel.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import uk.peel.security.Role;

/** One demo account per role, named for the job, all sharing one well-known password. */
final class DemoUsers {

    static final String PASSWORD = "peel-demo";

    static final Map<String, Role> ACCOUNTS = accounts();

    private DemoUsers() {
    }

    private static Map<String, Role> accounts() {
        Map<String, Role> accounts = new LinkedHashMap<>();
        accounts.put("handler", Role.CALL_HANDLER);
        accounts.put("dispatcher", Role.DISPATCHER);
        accounts.put("officer", Role.RESPONSE_OFFICER);
        accounts.put("investigator", Role.INVESTIGATOR);
        accounts.put("sergeant", Role.SUPERVISOR);
        accounts.put("inspector", Role.DUTY_INSPECTOR);
        accounts.put("protection", Role.PUBLIC_PROTECTION);
        accounts.put("analyst", Role.INTELLIGENCE);
        accounts.put("registrar", Role.CRIME_REGISTRAR);
        accounts.put("ddm", Role.DECISION_MAKER);
        accounts.put("auditor", Role.AUDITOR);
        return accounts;
    }

    static Set<Role> rolesOf(String username) {
        return Set.of(ACCOUNTS.get(username));
    }
}
