package nl.onderwijsregio.workspace.testing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.onderwijsregio.workspace.team.AccountExists;
import nl.onderwijsregio.workspace.team.DirectoryPerson;
import nl.onderwijsregio.workspace.team.TeamDirectory;
import nl.onderwijsregio.workspace.team.TeamRole;
import nl.onderwijsregio.workspace.team.TeamRuleException;

/** The region groups and roles of an identity provider, in memory: for the rules of the team service and its screen. */
public final class InMemoryDirectory implements TeamDirectory {

    private final Map<String, DirectoryPerson> people = new LinkedHashMap<>();
    /** People kept in the former members' group: still visible, in no region. */
    private final Set<String> former = new HashSet<>();

    public final List<String> invitationsSent = new ArrayList<>();
    /** When set, the invitation mail fails as Keycloak's does when its SMTP server is away. */
    public volatile boolean mailDown;

    public synchronized DirectoryPerson add(String username, String email, TeamRole role, String... regions) {
        DirectoryPerson person = new DirectoryPerson(
                UUID.randomUUID().toString(), username, "Naam " + username, email, Set.of(role), Set.of(regions));
        people.put(person.id(), person);
        return person;
    }

    public synchronized Optional<DirectoryPerson> byUsername(String username) {
        return people.values().stream()
                .filter(p -> p.username().equals(username))
                .findFirst();
    }

    @Override
    public synchronized List<DirectoryPerson> members(String regionId) {
        return people.values().stream()
                .filter(p -> p.regions().contains(regionId))
                .toList();
    }

    @Override
    public synchronized Optional<DirectoryPerson> findByEmail(String email) {
        // as the service account: only people in some region group are visible
        return people.values().stream()
                .filter(p -> email.equalsIgnoreCase(p.email()) && (!p.regions().isEmpty() || former.contains(p.id())))
                .findFirst();
    }

    @Override
    public synchronized DirectoryPerson create(String regionId, String email, String firstName, String lastName) {
        if (people.values().stream().anyMatch(p -> email.equalsIgnoreCase(p.email()))) {
            throw new AccountExists();
        }
        DirectoryPerson person = new DirectoryPerson(
                UUID.randomUUID().toString(), email, firstName + " " + lastName, email, Set.of(), Set.of(regionId));
        people.put(person.id(), person);
        return person;
    }

    @Override
    public synchronized void addToRegion(String personId, String regionId) {
        DirectoryPerson p = people.get(personId);
        Set<String> regions = new HashSet<>(p.regions());
        regions.add(regionId);
        former.remove(personId);
        people.put(personId, new DirectoryPerson(p.id(), p.username(), p.name(), p.email(), p.roles(), regions));
    }

    @Override
    public synchronized void removeFromRegion(String personId, String regionId) {
        DirectoryPerson p = people.get(personId);
        Set<String> regions = new HashSet<>(p.regions());
        regions.remove(regionId);
        people.put(personId, new DirectoryPerson(p.id(), p.username(), p.name(), p.email(), p.roles(), regions));
    }

    @Override
    public synchronized void setRole(String personId, TeamRole role) {
        DirectoryPerson p = people.get(personId);
        people.put(
                personId,
                new DirectoryPerson(p.id(), p.username(), p.name(), p.email(), EnumSet.of(role), p.regions()));
    }

    @Override
    public synchronized void sendInvitation(String personId) {
        if (mailDown) {
            throw new TeamRuleException("team.error.keycloak");
        }
        invitationsSent.add(people.get(personId).email());
    }

    @Override
    public synchronized void retire(String personId) {
        DirectoryPerson p = people.get(personId);
        former.add(personId);
        people.put(personId, new DirectoryPerson(p.id(), p.username(), p.name(), p.email(), Set.of(), p.regions()));
    }

    @Override
    public synchronized void delete(String personId) {
        people.remove(personId);
        former.remove(personId);
    }
}
