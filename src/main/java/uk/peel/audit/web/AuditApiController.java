package uk.peel.audit.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.peel.audit.AuditEntry;
import uk.peel.audit.AuditTrail;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The DPA 2018 s.62 log of access to personal data")
class AuditApiController {

    private final AuditTrail trail;

    AuditApiController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    @RequiresPermission(Permission.AUDIT_READ)
    @Operation(summary = "Entries concerning one record (recordId) or made by one user (username), newest first")
    ResponseEntity<List<AuditEntry>> entries(@RequestParam(required = false) String recordId,
                                             @RequestParam(required = false) String username,
                                             @RequestParam(defaultValue = "100") int limit) {
        if ((recordId == null) == (username == null)) {
            throw new IllegalArgumentException("Give exactly one of recordId or username");
        }
        return ResponseEntity.ok(recordId != null ? trail.concerning(recordId, limit) : trail.byUser(username, limit));
    }
}
