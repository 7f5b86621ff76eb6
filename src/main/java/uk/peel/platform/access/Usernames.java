package uk.peel.platform.access;

import java.util.List;

import uk.peel.platform.FieldProblem;

/**
 * Who can sign in to Peel, for a capability that takes a username typed into a form (the officer a crime is
 * allocated to, a supervisor, a task's assignee). A mistyped name would otherwise be saved, and the crime or task
 * would sit in the work list of nobody. The security module's account store answers it, so a capability checks a
 * name without depending on how accounts are kept.
 */
public interface Usernames {

    /** Whether an account with exactly this username exists. */
    boolean exists(String username);

    /**
     * Adds a problem for {@code field} when {@code username} is given but no account has it; {@code whose} says whose
     * name was asked for ("the officer's"). Blank is left to the caller, for whom it may be allowed or required.
     */
    default void check(String username, String field, String whose, List<FieldProblem> problems) {
        if (username != null && !username.isBlank() && !exists(username.strip())) {
            problems.add(new FieldProblem(field, "No one signs in to Peel as '" + username.strip() + "': enter " + whose
                    + " username exactly as they sign in"));
        }
    }
}
