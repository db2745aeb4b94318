package nl.onderwijsregio.workspace.persondata.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.MockMvcApiTest;
import org.junit.jupiter.api.Test;

class PersonDataApiMockMvcIT extends MockMvcApiTest {

    @Test
    void the_token_s_person_downloads_their_own_data_as_a_zip() throws Exception {
        byte[] zip = mvc.perform(as("member.veenland", Role.REGIO_MEMBER, List.of("veenland"), get("/api/v1/me/data")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"mijn-gegevens.zip\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).contains("person.json", "personal/user_preference.json", "regions/veenland/finding.json");
    }

    @Test
    void without_a_token_there_is_nothing() throws Exception {
        mvc.perform(get("/api/v1/me/data")).andExpect(status().isUnauthorized());
    }
}
