package dk.rodtraad.catalogue.language;

import dk.rodtraad.chassis.problem.NotFound;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes to the shape of a draft the editor makes one at a time: a sign or a group added, removed or moved. Each
 * returns the whole new content, which is then saved like any other draft, so the same rules judge it; an unknown sign
 * or group is not found.
 */
public final class LanguageEdits {

    /** The sign goes last in its group. */
    public static LanguageContent withSign(LanguageContent content, String group, LanguageContent.Sign sign) {
        var groups = new ArrayList<>(content.groups());
        int g = groupIndex(content, group);
        var signs = new ArrayList<>(groups.get(g).signs());
        signs.add(sign);
        groups.set(g, new LanguageContent.SignGroup(groups.get(g).code(), groups.get(g).name(), signs));
        return new LanguageContent(groups, content.scale(), content.acute());
    }

    public static LanguageContent withoutSign(LanguageContent content, String sign) {
        int[] at = signAt(content, sign);
        return withSigns(content, at[0], removed(content.groups().get(at[0]).signs(), at[1]));
    }

    /** @param step -1 moves the sign up, 1 down; past either end of its group it stays where it is */
    public static LanguageContent signMoved(LanguageContent content, String sign, int step) {
        int[] at = signAt(content, sign);
        var signs = new ArrayList<>(content.groups().get(at[0]).signs());
        int to = at[1] + step;
        if (to < 0 || to >= signs.size()) {
            return content;
        }
        signs.add(to, signs.remove(at[1]));
        return withSigns(content, at[0], signs);
    }

    /** The sign goes last in the other group. */
    public static LanguageContent signMovedTo(LanguageContent content, String sign, String group) {
        int[] at = signAt(content, sign);
        groupIndex(content, group);
        LanguageContent.Sign moved = content.groups().get(at[0]).signs().get(at[1]);
        return withSign(withoutSign(content, sign), group, moved);
    }

    /** The group goes last. */
    public static LanguageContent withGroup(LanguageContent content, LanguageContent.SignGroup group) {
        var groups = new ArrayList<>(content.groups());
        groups.add(group);
        return new LanguageContent(groups, content.scale(), content.acute());
    }

    /** The group goes with its signs: a group without signs is not allowed, so there is no empty one to remove. */
    public static LanguageContent withoutGroup(LanguageContent content, String group) {
        return new LanguageContent(removed(content.groups(), groupIndex(content, group)), content.scale(), content.acute());
    }

    /** The code of the group the sign is in. */
    public static String groupOf(LanguageContent content, String sign) {
        return content.groups().get(signAt(content, sign)[0]).code();
    }

    private static LanguageContent withSigns(LanguageContent content, int group, List<LanguageContent.Sign> signs) {
        var groups = new ArrayList<>(content.groups());
        groups.set(group, new LanguageContent.SignGroup(groups.get(group).code(), groups.get(group).name(), signs));
        return new LanguageContent(groups, content.scale(), content.acute());
    }

    private static <T> List<T> removed(List<T> list, int index) {
        var rest = new ArrayList<>(list);
        rest.remove(index);
        return rest;
    }

    private static int groupIndex(LanguageContent content, String group) {
        for (int g = 0; g < content.groups().size(); g++) {
            if (content.groups().get(g).code().equals(group)) {
                return g;
            }
        }
        throw NotFound.nameable("Gruppen findes ikke i det fælles sprog: " + group);
    }

    /** @return the group's index and the sign's index within it */
    private static int[] signAt(LanguageContent content, String sign) {
        for (int g = 0; g < content.groups().size(); g++) {
            var signs = content.groups().get(g).signs();
            for (int s = 0; s < signs.size(); s++) {
                if (signs.get(s).code().equals(sign)) {
                    return new int[] {g, s};
                }
            }
        }
        throw NotFound.nameable("Tegnet findes ikke i det fælles sprog: " + sign);
    }

    private LanguageEdits() {
    }
}
