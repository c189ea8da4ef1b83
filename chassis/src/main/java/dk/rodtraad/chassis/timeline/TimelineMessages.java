package dk.rodtraad.chassis.timeline;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of a child's timeline ({@code tl:} in templates), the same on every service's pages: one Danish sentence
 * per event type, built from the event's own fields. Events name a discipline, never a person, and neither does a
 * sentence; a code never appears in one: an unknown code reads as "… der ikke kendes her".
 */
@MessageBundle("tl")
public interface TimelineMessages {

    @Message("Barnets tidslinje") String title();
    @Message("Alt, hvad der er sket i barnets sag på tværs af Rød Tråd, ældste først – i samme rækkefølge på alle sider.")
    String intro();
    @Message("Du ser tidslinjen for de børn, hvis sagsteam du er med i. Barnets id står i adressen på barnets side i Bekymringer (…/boern/id).")
    String lookup_fagperson();
    @Message("Myndigheden ser tidslinjen for de børn, den er underrettet om. Barnets id står i adressen på barnets side i Bekymringer (…/boern/id).")
    String lookup_myndighed();
    @Message("Barnets id") String lookup_field();
    @Message("Fx 0f8fad5b-d9cb-469f-a165-70867728950e") String lookup_hint();
    @Message("Vis tidslinjen") String lookup_submit();
    @Message("Din rolle giver ikke adgang til børns oplysninger. Her kan du se, hvad tjenesten er til, og dens API-dokumentation.")
    String lookup_no_child();
    @Message("Tidslinjen er tom endnu. Nye hændelser kommer med, så snart de er modtaget.") String empty();

    @Message("En fagperson registrerede en bekymring: {level}, set {setting} den {observedOn} ({signs} tegn).{#if acute} Markeret som akut: akut fare eller mistanke om overgreb.{/if}")
    String raised(String level, String setting, String observedOn, int signs, boolean acute);
    @Message("En fagperson registrerede en bekymring: {level}, set {setting} den {observedOn}.")
    String raised_v1(String level, String setting, String observedOn);
    @Message("En fagperson vurderede bekymringen igen: nu {level} ({signs} tegn).{#if acute} Markeret som akut: akut fare eller mistanke om overgreb.{/if}")
    String reassessed(String level, int signs, boolean acute);
    @Message("Sagen blev tværfaglig, og en {profession} blev tovholder.")
    String tovholder_named(String profession);
    @Message("Tovholderopgaven blev overdraget fra en {from} til en {to}.")
    String tovholder_handed_over(String from, String to);
    @Message("En anonym sparring, begyndt den {openedAt}, blev knyttet til barnet. Dens forløb hører nu til barnets sag.")
    String consultation_linked(String openedAt);
    @Message("En {profession} blev inddraget i barnets sag.")
    String colleague_involved(String profession);
    @Message("En fagperson underrettede myndigheden. Grundlag: {ground}.")
    String notified(String ground);
    @Message("Myndigheden vurderede underretningen som {urgency}.")
    String urgency_assessed(String urgency);
    @Message("Myndigheden sendte kvittering for underretningen.")
    String receipt_sent();
    @Message("Myndigheden besluttede, hvad der skal ske efter underretningen: {outcome}.")
    String outcome_decided(String outcome);
    /** A type this version does not know yet (a newer service sent it): never the raw type. */
    @Message("En hændelse, som denne udgave af Rød Tråd endnu ikke kan beskrive.")
    String unknown();

    @Message("{#when code}{#is 'green'}grøn (trives){#is 'yellow'}gul (øget opmærksomhed){#is 'red'}rød (alvorlig bekymring){#else}et niveau, der ikke kendes her{/when}")
    String level(String code);
    @Message("{#when code}{#is 'sundhedspleje'}i sundhedsplejen{#is 'dagtilbud'}i dagtilbuddet{#is 'skole'}i skolen{#is 'fritid'}i fritiden{#is 'hjemmet'}i hjemmet{#is 'andet'}et andet sted{#else}et sted, der ikke kendes her{/when}")
    String setting(String code);
    @Message("{#when code}{#is 'saerlig-stoette'}barnet kan have behov for særlig støtte{#is 'ufoedt-barn'}et ufødt barn kan få behov for særlig støtte{#is 'ulovligt-skolefravaer'}ulovligt skolefravær{#is 'overgreb'}overgreb eller mistanke om overgreb{#else}et grundlag, der ikke kendes her{/when}")
    String ground(String code);
    @Message("{#when code}{#is 'akut'}akut{#is 'ikke-akut'}ikke akut{#else}en hastegrad, der ikke kendes her{/when}")
    String urgency(String code);
    @Message("{#when code}{#is 'ingen-foranstaltning'}ingen foranstaltning{#is 'afdaekning'}afdækning (§ 19){#is 'boernefaglig-undersoegelse'}børnefaglig undersøgelse (§ 20){#is 'stoette'}støtte (§ 32){#else}en afgørelse, der ikke kendes her{/when}")
    String outcome(String code);
    /** A discipline this version does not know. The known ones are {@code Profession.label()}. */
    @Message("fagperson med en faglighed, der ikke kendes her") String other_profession();
}
