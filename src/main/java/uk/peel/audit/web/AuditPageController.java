package uk.peel.audit.web;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.peel.audit.AuditTrail;
import uk.peel.platform.web.NavigationItem;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;

@Controller
class AuditPageController {

    private final AuditTrail trail;

    AuditPageController(AuditTrail trail) {
        this.trail = trail;
    }

    @Bean
    static NavigationItem auditNavigation() {
        return new NavigationItem("Audit", "/audit", Permission.AUDIT_READ, 90,
                "Find who looked at a record, and what a user looked at.");
    }

    @GetMapping("/audit")
    @RequiresPermission(Permission.AUDIT_READ)
    String audit(@RequestParam(required = false) String recordId, @RequestParam(required = false) String username,
                 Model model) {
        model.addAttribute("recordId", recordId);
        model.addAttribute("username", username);
        if (recordId != null && !recordId.isBlank()) {
            model.addAttribute("entries", trail.concerning(recordId.strip(), 200));
            model.addAttribute("question", "Who accessed record " + recordId.strip());
        } else if (username != null && !username.isBlank()) {
            model.addAttribute("entries", trail.byUser(username.strip(), 200));
            model.addAttribute("question", "What " + username.strip() + " accessed");
        }
        return "audit/index";
    }
}
