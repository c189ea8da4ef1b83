package dk.rodtraad.chassis.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words every service's pages share ({@code rt:} in templates); a service's own words are its {@code msg:}. */
@MessageBundle("rt")
public interface PageMessages {
    @Message("Gå til indhold") String skip_to_content();
    @Message("Log ud") String logout();
    @Message("Menu") String menu();
    @Message("Luk menu") String menu_close();
    @Message("Hovedmenu") String main_menu();
    @Message("Rød Tråds dele") String parts_label();
    @Message("Velkommen, {name}") String welcome(String name);
    @Message("For it-afdelingen") String card_api_title();
    @Message("API-dokumentation (OpenAPI)") String card_api_text();
    @Message("Der er problemer med det, du har skrevet") String errors_title();
    @Message("Tilbage til forsiden") String back_to_start();
    @Message("Siden findes ikke") String not_found_title();
    @Message("Barnet eller siden findes ikke, eller du har ikke adgang til barnet. Kun barnets sagsteam, og myndigheden når den er underrettet, ser et barns oplysninger.")
    String not_found_text();
    @Message("Ingen adgang") String forbidden_title();
    @Message("Din rolle giver ikke adgang til denne side.") String forbidden_text();
    @Message("Din rolle giver adgang til disse dele af Rød Tråd:") String your_parts();
    @Message("Din rolle giver ikke adgang til nogen del af Rød Tråd. Spørg din leder eller it-afdelingen, hvis du "
            + "skal bruge den.") String no_part();
    @Message("Det kan ikke lade sig gøre") String conflict_title();
    @Message("Midlertidigt utilgængelig") String unavailable_title();
    @Message("Siden kan ikke vises") String error_title();
    @Message("Siden kan ikke vises lige nu. Intet er gemt. Prøv igen, og kontakt support, hvis det bliver ved.")
    String error_text();
    @Message("Intet er gemt. Ret felterne, og prøv igen.") String errors_intro();
    @Message("Rød Tråd – tidlig og fælles indsats for børn og unge, sammen med familien.") String footer();
    @Message("Du bliver snart logget ud") String session_ending_title();
    @Message("Du har ikke brugt Rød Tråd et stykke tid, så du bliver logget ud kl.") String session_ending_text();
    @Message("Det, du har skrevet og ikke gemt, går så tabt.") String session_ending_loss();
    @Message("Forbliv logget ind") String session_stay();
    @Message("Du er logget ud") String session_ended_title();
    @Message("Dit login er udløbet, fordi du ikke havde brugt Rød Tråd et stykke tid eller er logget ud et andet sted. Det, du har skrevet og ikke gemt, er ikke gemt: kopiér det, før du logger ind igen.")
    String session_ended_text();
    @Message("Log ind igen") String session_login_again();
    @Message("Formularen er ikke sendt") String session_away_title();
    @Message("Rød Tråd kan ikke nå login-tjenesten (Keycloak) lige nu, så formularen er ikke sendt. Det, du har skrevet, står her stadig. Prøv at sende igen om lidt.")
    String session_away_text();
    @Message("OK") String session_away_close();
    @Message("Siden kunne ikke opdateres lige nu; det, du ser, er måske ikke det nye svar. Prøv igen om lidt.")
    String part_failed();
}
