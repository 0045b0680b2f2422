package org.archivelod.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.archivelod.TestFiles;
import org.junit.jupiter.api.Test;

class PersonCandidatesTest {
    private static List<String> labels(String text) throws Exception {
        NameMatcher known = new NameMatcher(AuthorityFile.read(TestFiles.AUTHORITY));
        return PersonCandidates.find(text, known.find(text)).stream().map(c -> c.label() + "|" + c.asPrinted()).toList();
    }

    @Test
    void titlesAndFormsOfAddressMarkNames() throws Exception {
        assertEquals(List.of("Poskrebyshev|Poskrebyshev"), labels("Send a copy to Cde. Poskrebyshev at once."));
        assertEquals(List.of("Zakharov|Zakharov", "Krasovsky|Krasovsky"), labels("I asked comrades Zakharov and Krasovsky to come."));
        assertEquals(List.of("Ivanov|IVANOV"), labels("Comrade IVANOV!"));
        assertEquals(List.of("Boleslaw Jelen|Boleslaw] JELEN"), labels("[Ambassador Boleslaw] JELEN1 reports"));
    }

    @Test
    void wordsAfterTitlesThatAreNotNames_areRefused() throws Exception {
        assertEquals(List.of(), labels("The General Staff and the Chairman of the Council met; Comrade Secretary spoke."));
    }

    @Test
    void namesTheAuthorityKnows_areNotCandidates() throws Exception {
        assertEquals(List.of(), labels("As to the arrival of comrades Zhou Enlai and Lin Biao; Dispatched to cde. Bulganiin."));
    }

    @Test
    void letterSpacedSignature() throws Exception {
        assertEquals(List.of("Petrov|P E T R O V"), labels("Yours,\n\nP E T R O V"));
    }
}
