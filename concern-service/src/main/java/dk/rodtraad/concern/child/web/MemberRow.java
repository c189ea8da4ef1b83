package dk.rodtraad.concern.child.web;

import dk.rodtraad.concern.web.Labels;
import dk.rodtraad.concern.access.TeamMemberView;
import io.quarkus.qute.TemplateData;

/**
 * A member of the case team as the child's page shows them: name, discipline in Danish, and the basis of their joining
 * in words (the consent's date, to whom and its scope when it was consent).
 */
@TemplateData
public record MemberRow(String username, String name, String discipline, String basis, boolean tovholder) {

    static MemberRow of(TeamMemberView member) {
        return new MemberRow(member.username(), member.name(), Labels.profession(member.discipline()),
                BasisText.of(member.basisLabel(), member.consentGivenOn(), member.consentGivenTo(),
                        member.consentScope()),
                member.tovholder());
    }
}
