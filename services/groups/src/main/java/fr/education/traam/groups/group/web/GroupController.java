package fr.education.traam.groups.group.web;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.campaignview.ThemeId;
import fr.education.traam.groups.group.GroupId;
import fr.education.traam.groups.group.application.ConsultingGroups;
import fr.education.traam.groups.group.application.GroupReading;
import fr.education.traam.groups.group.application.ManagingMembers;
import fr.education.traam.groups.group.web.GroupViews.GroupView;
import fr.education.traam.groups.group.web.MemberRequests.MemberBody;
import fr.education.traam.groups.person.PersonId;
import fr.education.traam.kit.domain.ExpectedVersion;
import fr.education.traam.kit.security.Caller;
import fr.education.traam.kit.web.ETagged;
import fr.education.traam.kit.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Validated
@RequestMapping("/api/groups")
@Tag(name = "Working groups", description = "The national and academic groups of each theme, formed by the national selections")
class GroupController {

    private static final String MANAGERS = "hasAnyRole('DAN', 'ACADEMIC_INSPECTOR', 'DNE_EXPERT')";

    private final ConsultingGroups consulting;
    private final ManagingMembers managing;

    GroupController(ConsultingGroups consulting, ManagingMembers managing) {
        this.consulting = consulting;
        this.managing = managing;
    }

    @GetMapping
    @Operation(summary = "The groups of a theme, the national group first (anyone; members for those who may see them)",
            description = "Without a token, which académies work on the theme, with the composition's status and no names. "
                    + "404 campaign-not-found or theme-not-found for a campaign or theme this service does not know.")
    List<GroupView> ofTheme(@RequestParam String campaignId, @RequestParam String themeId,
                            @Parameter(description = "only this académie's academic group (ministry code, e.g. 10)")
                            @RequestParam(required = false) String academy, Authentication authentication) {
        return consulting.ofTheme(new CampaignId(campaignId), new ThemeId(themeId), callerOf(authentication)).stream()
                .filter(reading -> academy == null || (reading.group().academy() != null
                        && reading.group().academy().code().equals(academy)))
                .map(GroupView::of).toList();
    }

    @GetMapping("/mine")
    @Operation(summary = "The groups the caller sits in, known by the professional address their token carries (any member)",
            security = @SecurityRequirement(name = "bearer"))
    @PreAuthorize("isAuthenticated()")
    List<GroupView> mine(@Parameter(hidden = true) Caller caller) {
        return consulting.mine(caller).stream().map(GroupView::of).toList();
    }

    @GetMapping("/{id}")
    @ETagged
    @Operation(summary = "A group (anyone; its members for those who may see them)",
            description = "The ETag is the group's version, to send in If-Match when changing its members.")
    ResponseEntity<GroupView> group(@PathVariable String id, Authentication authentication) {
        return versioned(HttpStatus.OK, consulting.group(new GroupId(id), callerOf(authentication)));
    }

    @PostMapping("/{id}/members")
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Add a member (the académie's DAN or piloting inspector; the theme's DNE experts for the national group)",
            description = "403 not-responsible for anyone else; 409 group-closed once the group closed; 409 already-member; "
                    + "422 role-not-in-group (a teacher in a national group); 422 academy-not-seated for a referent of an "
                    + "académie the selection does not retain. A referent added to an academic group joins the national group "
                    + "too, within seconds.", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<GroupView> add(@PathVariable String id, @Valid @RequestBody MemberBody body, ExpectedVersion expected,
                                  @Parameter(hidden = true) Caller caller) {
        return versioned(HttpStatus.CREATED, managing.add(new GroupId(id), expected, caller, body.toMember()));
    }

    @PutMapping("/{id}/members/{memberId}")
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Replace a member by someone else (those responsible for the group)",
            description = "The member leaves (REPLACED) and the new one joins in the role given. 404 member-not-found.",
            security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<GroupView> replace(@PathVariable String id, @PathVariable String memberId, @Valid @RequestBody MemberBody body,
                                      ExpectedVersion expected, @Parameter(hidden = true) Caller caller) {
        return versioned(HttpStatus.OK, managing.replace(new GroupId(id), new PersonId(memberId), expected, caller, body.toMember()));
    }

    @DeleteMapping("/{id}/members/{memberId}")
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Remove a member (those responsible for the group)", security = @SecurityRequirement(name = "bearer"))
    ResponseEntity<GroupView> remove(@PathVariable String id, @PathVariable String memberId, ExpectedVersion expected,
                                     @Parameter(hidden = true) Caller caller) {
        return versioned(HttpStatus.OK, managing.remove(new GroupId(id), new PersonId(memberId), expected, caller));
    }

    private static ResponseEntity<GroupView> versioned(HttpStatus status, GroupReading reading) {
        return ResponseEntity.status(status).eTag(ETags.of(reading.group().version())).body(GroupView.of(reading));
    }

    /** Reading is open to anyone: a caller without a token sees the public view. */
    private static Caller callerOf(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof Jwt jwt ? Caller.of(jwt) : null;
    }
}
