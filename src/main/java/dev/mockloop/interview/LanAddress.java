package dev.mockloop.interview;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the address other machines on the local network reach this one at, for the link shown
 * when the candidate chooses the local network.
 */
public final class LanAddress {

    private LanAddress() {
    }

    /** @return this machine's local-network address, or empty when it has none (no network, or only loopback) */
    public static Optional<InetAddress> find() {
        List<InetAddress> all = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback() && !nic.isVirtual() && !nic.isPointToPoint()) {
                    all.addAll(Collections.list(nic.getInetAddresses()));
                }
            }
        } catch (SocketException e) {
            return Optional.empty();
        }
        return choose(all);
    }

    /**
     * The best of a machine's addresses for a link: an IPv4 private-range address (10/8,
     * 172.16/12, 192.168/16) first, then any other IPv4 address that is not loopback or
     * link-local; IPv6 is left out, its link-local addresses need a zone and its global ones are
     * rarely what a phone on the same Wi-Fi should use.
     *
     * @param addresses the addresses of the machine's interfaces
     * @return the chosen one, or empty when none fits
     */
    static Optional<InetAddress> choose(List<InetAddress> addresses) {
        return addresses.stream()
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()
                        && !a.isAnyLocalAddress() && !a.isMulticastAddress())
                .min(Comparator.comparing((InetAddress a) -> !a.isSiteLocalAddress()));
    }
}
