package dev.mockloop.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanAddressTest {

    private static InetAddress ip(int a, int b, int c, int d) throws UnknownHostException {
        return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
    }

    @Test
    void aPrivateRangeAddressIsPreferredForTheLink() throws Exception {
        InetAddress v6 = InetAddress.getByName("::1");
        assertEquals(ip(192, 168, 1, 20), LanAddress.choose(List.of(ip(127, 0, 0, 1), ip(169, 254, 3, 4), v6,
                ip(203, 0, 113, 7), ip(192, 168, 1, 20))).orElseThrow());
    }

    @Test
    void anotherIpv4AddressServesWhenThereIsNoPrivateOne() throws Exception {
        assertEquals(ip(203, 0, 113, 7), LanAddress.choose(List.of(ip(127, 0, 0, 1), ip(203, 0, 113, 7))).orElseThrow());
    }

    @Test
    void onlyLoopbackMeansNoLocalNetwork() throws Exception {
        assertTrue(LanAddress.choose(List.of(ip(127, 0, 0, 1), ip(169, 254, 1, 1))).isEmpty());
    }
}
