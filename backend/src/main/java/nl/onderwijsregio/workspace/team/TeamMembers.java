package nl.onderwijsregio.workspace.team;

import static nl.onderwijsregio.db.Tables.MEMBER_ACTIVITY;
import static nl.onderwijsregio.db.Tables.TEAM_MEMBER;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.types.DayToSecond;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The team_member and member_activity tenant tables; row-level security limits every statement to the active region. */
@Repository
class TeamMembers {

    private final DSLContext db;

    TeamMembers(DSLContext db) {
        this.db = db;
    }

    List<TeamMember> all() {
        return db.select(
                        TEAM_MEMBER.USERNAME,
                        TEAM_MEMBER.DISPLAY_NAME,
                        TEAM_MEMBER.EMAIL,
                        TEAM_MEMBER.ROLE,
                        TEAM_MEMBER.MEMBER_SINCE,
                        MEMBER_ACTIVITY.LAST_ACTIVE_AT,
                        TEAM_MEMBER.REMOVED_AT)
                .from(TEAM_MEMBER)
                .leftJoin(MEMBER_ACTIVITY)
                .on(MEMBER_ACTIVITY
                        .REGION_ID
                        .eq(TEAM_MEMBER.REGION_ID)
                        .and(MEMBER_ACTIVITY.USERNAME.eq(TEAM_MEMBER.USERNAME)))
                .orderBy(TEAM_MEMBER.REMOVED_AT.isNotNull(), TEAM_MEMBER.ROLE, TEAM_MEMBER.DISPLAY_NAME)
                .fetch(r -> new TeamMember(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        TeamRole.valueOf(r.value4()),
                        r.value5(),
                        r.value6(),
                        r.value7()));
    }

    /** The people who have left the team (username and display name), for {@link Authors}. */
    FormerMembers former(String regionId) {
        var rows = db.select(TEAM_MEMBER.USERNAME, TEAM_MEMBER.DISPLAY_NAME)
                .from(TEAM_MEMBER)
                .where(TEAM_MEMBER.REMOVED_AT.isNotNull())
                .fetch();
        return new FormerMembers(
                regionId,
                rows.stream().map(r -> r.value1()).collect(java.util.stream.Collectors.toSet()),
                rows.stream().map(r -> r.value2()).collect(java.util.stream.Collectors.toSet()));
    }

    Optional<TeamMember> find(String username) {
        return all().stream().filter(m -> m.username().equals(username)).findFirst();
    }

    /** Records a current member: inserted with {@code since} now, or updated (and back from former) when changed. */
    void keep(String regionId, DirectoryPerson person, TeamRole role, String actor) {
        db.insertInto(TEAM_MEMBER)
                .set(TEAM_MEMBER.REGION_ID, regionId)
                .set(TEAM_MEMBER.USERNAME, person.username())
                .set(TEAM_MEMBER.DISPLAY_NAME, person.name())
                .set(TEAM_MEMBER.EMAIL, person.email())
                .set(TEAM_MEMBER.ROLE, role.name())
                .set(TEAM_MEMBER.CHANGED_BY, actor)
                .onConflict(TEAM_MEMBER.REGION_ID, TEAM_MEMBER.USERNAME)
                .doUpdate()
                .set(TEAM_MEMBER.DISPLAY_NAME, person.name())
                .set(TEAM_MEMBER.EMAIL, person.email())
                .set(TEAM_MEMBER.ROLE, role.name())
                .set(TEAM_MEMBER.REMOVED_AT, (java.time.OffsetDateTime) null)
                .set(
                        TEAM_MEMBER.MEMBER_SINCE,
                        DSL.when(TEAM_MEMBER.REMOVED_AT.isNull(), TEAM_MEMBER.MEMBER_SINCE)
                                .otherwise(DSL.currentOffsetDateTime()))
                .set(TEAM_MEMBER.CHANGED_BY, actor)
                // no row version, no audit row, when nothing changed
                .where(TEAM_MEMBER
                        .DISPLAY_NAME
                        .isDistinctFrom(person.name())
                        .or(TEAM_MEMBER.EMAIL.isDistinctFrom(person.email()))
                        .or(TEAM_MEMBER.ROLE.ne(role.name()))
                        .or(TEAM_MEMBER.REMOVED_AT.isNotNull()))
                .execute();
    }

    /** Records that a person joined when first seen working for the region (a membership made outside the app). */
    void keepIfAbsent(String regionId, String username, String name, @Nullable String email, TeamRole role) {
        db.insertInto(TEAM_MEMBER)
                .set(TEAM_MEMBER.REGION_ID, regionId)
                .set(TEAM_MEMBER.USERNAME, username)
                .set(TEAM_MEMBER.DISPLAY_NAME, name)
                .set(TEAM_MEMBER.EMAIL, email)
                .set(TEAM_MEMBER.ROLE, role.name())
                .set(TEAM_MEMBER.CHANGED_BY, username)
                .onConflictDoNothing()
                .execute();
    }

    /** Marks a current member as former; false when they were not a current member. */
    boolean markRemoved(String username, String actor) {
        return db.update(TEAM_MEMBER)
                        .set(TEAM_MEMBER.REMOVED_AT, DSL.currentOffsetDateTime())
                        .set(TEAM_MEMBER.CHANGED_BY, actor)
                        .where(TEAM_MEMBER.USERNAME.eq(username))
                        .and(TEAM_MEMBER.REMOVED_AT.isNull())
                        .execute()
                == 1;
    }

    /** The current person was active now; written at most once per {@code every}. */
    void touch(String regionId, String username, Duration every) {
        db.insertInto(MEMBER_ACTIVITY)
                .set(MEMBER_ACTIVITY.REGION_ID, regionId)
                .set(MEMBER_ACTIVITY.USERNAME, username)
                .set(MEMBER_ACTIVITY.LAST_ACTIVE_AT, DSL.currentOffsetDateTime())
                .onConflict(MEMBER_ACTIVITY.REGION_ID, MEMBER_ACTIVITY.USERNAME)
                .doUpdate()
                .set(MEMBER_ACTIVITY.LAST_ACTIVE_AT, DSL.currentOffsetDateTime())
                .where(MEMBER_ACTIVITY.LAST_ACTIVE_AT.lt(
                        DSL.currentOffsetDateTime().minus(DSL.val(DayToSecond.valueOf(every)))))
                .execute();
    }
}
