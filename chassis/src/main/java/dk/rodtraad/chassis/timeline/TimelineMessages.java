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
    @Message("Du ser tidslinjen for de børn, hvis sagsteam du er med i. Du finder dem i Bekymringer, hvor barnets side viser tidslinjen og fører videre hertil.")
    String find_fagperson();
    @Message("Mine børn og bekymringer") String find_fagperson_link();
    @Message("Myndigheden ser tidslinjen for de børn, den er underrettet om. Du finder dem i indbakken med underretninger i Bekymringer.")
    String find_myndighed();
    @Message("Indbakke med underretninger") String find_myndighed_link();
    @Message("Har du barnets id, kan du også åbne tidslinjen her. Det står i adressen på barnets side i Bekymringer (…/boern/id).")
    String lookup_by_id();
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
    @Message("En {profession} begyndte et forløb med netværksmøder efter en henvendelse fra {from} den {contactedAt}. Det første møde skal holdes inden for 24 timer.")
    String course_started(String profession, String from, String contactedAt);
    @Message("Ansvaret for forløbet med netværksmøder blev overdraget fra en {from} til en {to}.")
    String responsibility_handed_over(String from, String to);
    @Message("Forløbets kerneteam blev ændret{#if joined}: {joined} kom med{/if}{#if left}{#if joined},{#else}:{/if} {left} gik ud{/if}. Kerneteamet er nu {team}.")
    String core_team_changed(String joined, String left, String team);
    @Message("Familien gav samtykke til, at {role} deltager i netværksmøderne{#if civilSociety} som del af en indsats fra civilsamfundet{/if}.")
    String network_participant_consented(String role, boolean civilSociety);
    @Message("Familien trak sit samtykke tilbage for {role}, som ikke længere inviteres til netværksmøderne.")
    String network_participant_withdrawn(String role);
    @Message("Et netværksmøde blev planlagt til den {startsAt} {place}.{#if first} Det er forløbets første møde.{/if}{#if familyChoseLater} Familien valgte selv et senere tidspunkt end inden for 24 timer.{/if}")
    String meeting_scheduled(String startsAt, String place, boolean first, boolean familyChoseLater);
    @Message("Et netværksmøde blev flyttet fra den {from} til den {startsAt} {place}.")
    String meeting_moved(String from, String startsAt, String place);
    @Message("Et netværksmøde, der var planlagt til den {startsAt}, blev aflyst.")
    String meeting_cancelled(String startsAt);
    @Message("Et netværksmøde blev holdt {place} den {startsAt} med {present} deltagere. Referatet rummer {perspectives} perspektiver{#if voice}, også barnets egen stemme, hørt ved {voice}{/if}. {made} nye aftaler, {followedUp} aftaler fulgt op, {open} åbne spørgsmål.")
    String meeting_held(String place, String startsAt, int present, int perspectives, String voice, int made,
            int followedUp, int open);
    @Message("Der blev indgået en aftale, som {carrier} står for, med frist den {dueOn}.{#if intervention} Aftalen henviser til en indsats i kataloget.{/if}")
    String agreement_made(String carrier, String dueOn, boolean intervention);
    @Message("En aftale fra et netværksmøde blev fulgt op: {outcome}.")
    String agreement_followed_up(String outcome);
    @Message("Forløbet med netværksmøder blev afsluttet efter {held} afholdte møder.")
    String course_closed(int held);
    @Message("En {profession} startede en indsatsplan med {#if catalogue}en indsats fra kataloget{#else}en lokal indsats{/if} fra den {startsOn} med {goals} mål. Første opfølgning er den {firstReview}.")
    String plan_started(String profession, boolean catalogue, String startsOn, int goals, String firstReview);
    @Message("Et mål blev sat i indsatsplanen: {owner}, som skal være nået den {dueOn}.")
    String goal_set(String owner, String dueOn);
    /** FIT after a session: the trend and the colour, never the scores. */
    @Message("FIT: {trend}. Session {number} den {heldOn} viser {colour}{#if derived}, målt mod kommunens egne afsluttede indsatser{/if}.")
    String session_scored(String trend, int number, String heldOn, String colour, boolean derived);
    @Message("FIT gav en {colour} advarsel til den ansvarlige fagperson og tovholderen. Overvej {advice}.")
    String alert_raised(String colour, String advice);
    @Message("Et mål i indsatsplanen blev evalueret {occasion}: {attainment}.{#if familyView} Familiens syn på målet er skrevet ned.{/if}")
    String goal_evaluated(String occasion, String attainment, boolean familyView);
    @Message("Indsatsplanen blev afsluttet den {endedOn} efter {sessions} sessioner: {reason}.")
    String plan_ended(String endedOn, int sessions, String reason);
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
    @Message("{#when code}{#is 'foraelder'}en forælder{#is 'barnet'}barnet eller den unge selv{#is 'fagperson'}en fagperson{#is 'netvaerk'}familiens netværk{#is 'anden'}en anden{#else}en, der ikke kendes her{/when}")
    String contact_from(String code);
    /** A person by their role in a course, as a sentence names them ("som {role} står for"). */
    @Message("{#when code}{#is 'mor'}mor{#is 'far'}far{#is 'foraelder'}en forælder{#is 'barnet'}barnet{#is 'den-unge'}den unge{#is 'soeskende'}en søskende{#is 'bedstemor'}en bedstemor{#is 'bedstefar'}en bedstefar{#is 'anden-slaegtning'}en anden slægtning{#is 'ven'}en ven{#is 'nabo'}en nabo{#is 'traener'}en træner{#is 'frivillig'}en frivillig{#is 'anden-fra-netvaerket'}en anden fra netværket{#is 'sundhedsplejerske'}en sundhedsplejerske{#is 'paedagog'}en pædagog{#is 'laerer'}en lærer{#is 'klubmedarbejder'}en klubmedarbejder{#is 'anden-fagperson'}en anden fagperson{#else}en deltager, der ikke kendes her{/when}")
    String role(String code);
    @Message("{#when code}{#is 'hjemmet'}i hjemmet{#is 'dagtilbud'}i dagtilbuddet{#is 'skole'}på skolen{#is 'klub'}i klubben{#is 'sundhedspleje'}hos sundhedsplejen{#is 'raadhus'}på rådhuset{#is 'online'}online{#is 'andet'}et andet sted{#else}et sted, der ikke kendes her{/when}")
    String place(String code);
    @Message("{#when code}{#is 'samtale'}en samtale{#is 'tegning'}en tegning{#is 'smiley-skala'}en smileyskala{#is 'observation'}observation{#is 'andet'}en anden metode{#else}en metode, der ikke kendes her{/when}")
    String child_voice_method(String code);
    @Message("{#when code}{#is 'gennemfoert'}gennemført{#is 'delvist'}delvist gennemført{#is 'ikke-gennemfoert'}ikke gennemført{#is 'aendret'}ændret til en ny aftale{#is 'droppet'}droppet{#else}et udfald, der ikke kendes her{/when}")
    String outcome_of_follow_up(String code);
    @Message("{#when code}{#is 'fagperson'}fagpersonens mål{#is 'familien'}familiens eget mål{#is 'barnet'}barnets eget mål{#else}et mål, hvis ejer ikke kendes her{/when}")
    String goal_owner(String code);
    /** A FIT trend; "no progress" says after how many sessions. */
    @Message("{#when code}{#is 'fremgang'}fremgang{#is 'ingen-fremgang'}ingen fremgang efter {sessions} sessioner{#is 'tilbagegang'}tilbagegang{#is 'for-tidligt'}for tidligt at sige{#else}en udvikling, der ikke kendes her{/when}")
    String fit_trend(String code, int sessions);
    /** A FIT colour, as a sentence ends with it ("viser rød"), and as an adjective ("en rød advarsel"). */
    @Message("{#when code}{#is 'grå'}grå{#is 'grøn'}grøn{#is 'orange'}orange{#is 'rød'}rød{#else}en farve, der ikke kendes her{/when}")
    String fit_colour(String code);
    @Message("{#when code}{#is 'tal-om-samarbejdet'}at tale med familien om samarbejdet{#is 'juster-indsatsen'}at justere indsatsen{#is 'inddrag-en-kollega'}at inddrage en kollega{#is 'netværksmøde'}et netværksmøde{#else}noget, der ikke kendes her{/when}")
    String fit_advice(String code);
    @Message("{#when code}{#is 'opfoelgning'}ved en opfølgning{#is 'afslutning'}ved afslutningen{#else}ved en lejlighed, der ikke kendes her{/when}")
    String evaluation_occasion(String code);
    @Message("{#when code}{#is 'naaet'}nået{#is 'delvist'}delvist nået{#is 'ikke-naaet'}ikke nået{#else}et resultat, der ikke kendes her{/when}")
    String goal_attainment(String code);
    @Message("{#when code}{#is 'gennemfoert'}indsatsen er gennemført{#is 'stoppet-af-familien'}familien ønskede at stoppe{#is 'skiftet-indsats'}barnet skifter til en anden indsats{#is 'underrettet'}myndigheden har fået en underretning{#else}en grund, der ikke kendes her{/when}")
    String plan_end_reason(String code);
    /** A discipline as one member of a list: "en lærer". */
    @Message("en {profession}") String one(String profession);
    /** The last two of a list joined in Danish. */
    @Message("{first} og {last}") String and(String first, String last);
    /** A discipline this version does not know. The known ones are {@code Profession.label()}. */
    @Message("fagperson med en faglighed, der ikke kendes her") String other_profession();
}
