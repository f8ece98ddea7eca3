package id.go.cilegon.sigap.command.shared.api;

/**
 * Issues the next number of a statutory register. Numbers are unique across every node that shares the
 * database and rise by one per issue; a number taken by a command that then fails is not reused, so a register
 * may show a gap but never a duplicate (see {@code docs/adr/0005-registration-numbers.md}).
 */
public interface RegisterSequence {

    /**
     * @param register the register's prefix, e.g. {@code PPID}
     * @param year     the year the number belongs to; every year starts again at 1
     * @return the next number, starting at 1
     */
    long next(String register, int year);
}
