package uk.peel.controlroom.web;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import uk.peel.controlroom.BoardHub;
import uk.peel.controlroom.BoardRow;
import uk.peel.controlroom.BoardRows;
import uk.peel.controlroom.ControlRoomDashboard;
import uk.peel.incident.IncidentId;
import uk.peel.incident.Incidents;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;
import uk.peel.platform.web.NavigationItem;
import uk.peel.resource.Resources;
import uk.peel.resource.Unit;

/** The live control room: incident queue, resource board and map on one screen, updated over server-sent events. */
@Controller
class ControlRoomPageController {

    private final BoardHub hub;
    private final ControlRoomDashboard dashboard;
    private final BoardRows rows;
    private final Incidents incidents;
    private final Resources resources;
    private final Clock clock;
    private final String tiles;
    private final String tileAttribution;

    ControlRoomPageController(BoardHub hub, ControlRoomDashboard dashboard, BoardRows rows, Incidents incidents, Resources resources, Clock clock,
                              @Value("${peel.map.tiles:}") String tiles,
                              @Value("${peel.map.attribution:}") String tileAttribution) {
        this.hub = hub;
        this.dashboard = dashboard;
        this.rows = rows;
        this.incidents = incidents;
        this.resources = resources;
        this.clock = clock;
        this.tiles = tiles;
        this.tileAttribution = tileAttribution;
    }

    @Bean
    static NavigationItem controlRoomNavigation() {
        return new NavigationItem("Control room", "/control-room", Permission.INCIDENT_READ, 5,
                "The incident queue, the resource board and the map, live.");
    }

    @Bean
    static NavigationItem dashboardNavigation() {
        return new NavigationItem("Dashboard", "/control-room/dashboard", Permission.CONTROL_ROOM_DASHBOARD, 6,
                "Answer, assign and attend times by grade, breaches and crime recording decisions due.");
    }

    @GetMapping("/control-room")
    @RequiresPermission(Permission.INCIDENT_READ)
    String board(Model model) {
        model.addAttribute("queue", rows.queue());
        model.addAttribute("units", unitRows());
        model.addAttribute("alerts", incidents.openAlerts(BoardRoles.current()).stream().map(rows::of).toList());
        model.addAttribute("tiles", tiles);
        model.addAttribute("tileAttribution", tileAttribution);
        model.addAttribute("canCreate", uk.peel.platform.access.CurrentUser.has(Permission.INCIDENT_CREATE));
        model.addAttribute("canManageUnits", uk.peel.platform.access.CurrentUser.has(Permission.UNIT_MANAGE));
        return "controlroom/board";
    }

    @GetMapping("/control-room/dashboard")
    @RequiresPermission(Permission.CONTROL_ROOM_DASHBOARD)
    String dashboard(Model model) {
        model.addAttribute("figures", dashboard.figures());
        return "controlroom/dashboard";
    }

    @GetMapping(path = "/api/v1/control-room/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
    @RequiresPermission(Permission.CONTROL_ROOM_DASHBOARD)
    @ResponseBody
    @io.swagger.v3.oas.annotations.Operation(summary = "Control room performance for the last hour and the shift")
    ControlRoomDashboard.Figures dashboardFigures() {
        return dashboard.figures();
    }

    /** The board's initial state as JSON, for the map and for a board that reconnects after a break. */
    @GetMapping(path = "/control-room/state", produces = MediaType.APPLICATION_JSON_VALUE)
    @RequiresPermission(Permission.INCIDENT_READ)
    @ResponseBody
    State state() {
        return new State(rows.queue(), unitRows());
    }

    record State(List<BoardRow.IncidentRow> incidents, List<BoardRow.UnitRow> units) {
    }

    @GetMapping(path = "/control-room/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @RequiresPermission(Permission.INCIDENT_READ)
    @ResponseBody
    SseEmitter events() {
        return hub.connect(BoardRoles.names());
    }

    private List<BoardRow.UnitRow> unitRows() {
        var now = clock.instant();
        var references = new java.util.HashMap<java.util.UUID, String>();
        List<Unit> all = resources.all();
        return all.stream().map(unit -> rows.of(unit, unit.incidentId() == null ? null
                : references.computeIfAbsent(unit.incidentId(), id -> incidents.find(new IncidentId(id)).reference()), now)).toList();
    }
}
