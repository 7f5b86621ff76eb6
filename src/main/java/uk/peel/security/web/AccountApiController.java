package uk.peel.security.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.peel.security.AccountAdministration;
import uk.peel.security.AccountSummary;
import uk.peel.security.NewAccount;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts", description = "Local user accounts and their roles")
class AccountApiController {

    private final AccountAdministration administration;

    AccountApiController(AccountAdministration administration) {
        this.administration = administration;
    }

    @PostMapping
    @RequiresPermission(Permission.USER_ADMIN)
    @Operation(summary = "Open a local account with its roles")
    ResponseEntity<AccountSummary> open(@RequestBody NewAccount account) {
        AccountSummary opened = administration.open(account);
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + opened.username())).body(opened);
    }

    @GetMapping
    @RequiresPermission(Permission.USER_ADMIN)
    @Operation(summary = "List local accounts, with their roles and lock-out state")
    List<AccountSummary> all() {
        return administration.all();
    }

    @PostMapping("/{username}/unlock")
    @RequiresPermission(Permission.USER_ADMIN)
    @Operation(summary = "Lift a lock-out after repeated failed sign-ins")
    ResponseEntity<Void> unlock(@PathVariable String username) {
        administration.unlock(username);
        return ResponseEntity.noContent().build();
    }
}
