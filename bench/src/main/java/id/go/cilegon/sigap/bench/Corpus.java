package id.go.cilegon.sigap.bench;

import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What citizens write to Kota Cilegon, varied enough that no two cases are alike: names, NIKs, addresses, requested
 * information, complaints by category, and the city's kecamatan and kelurahan (Sigap's own {@code cilegon-wilayah.csv}).
 * Every method takes the caller's {@link Random}, so each thread draws its own.
 */
public final class Corpus {

    private static final List<String> GIVEN = List.of("Rina", "Budi", "Siti", "Ahmad", "Dewi", "Agus", "Nur", "Eko",
            "Fitri", "Hendra", "Lestari", "Rudi", "Yuni", "Bambang", "Ayu", "Dedi", "Wati", "Iwan", "Sri", "Fauzi");
    private static final List<String> FAMILY = List.of("Marlina", "Santoso", "Rahmawati", "Hidayat", "Susanti",
            "Saputra", "Wahyuni", "Kurniawan", "Handayani", "Setiawan", "Pratama", "Maulana", "Permata", "Nugroho");
    private static final List<String> STREETS = List.of("Jl. Sultan Ageng Tirtayasa", "Jl. Jenderal Sudirman",
            "Jl. Kyai Haji Wahid Hasyim", "Jl. Raya Anyer", "Jl. Lingkar Selatan", "Jl. Ahmad Yani", "Jl. Merdeka",
            "Jl. Kemang", "Jl. Cikuasa Atas", "Jl. Raya Merak");
    private static final List<String> OCCUPATIONS = List.of("Guru", "Wiraswasta", "Mahasiswa", "Karyawan swasta",
            "Wartawan", "Peneliti", "Ibu rumah tangga", "Pengurus LSM", "Petani", "Pedagang");
    private static final List<String> INFORMATION = List.of(
            "Daftar penerima beasiswa daerah tahun %d",
            "Rincian APBD Kota Cilegon tahun anggaran %d untuk perbaikan jalan",
            "Salinan kontrak pembangunan drainase di kelurahan %s",
            "Data penerima bantuan sosial pangan di kecamatan %s",
            "Laporan hasil uji kualitas udara kawasan industri %d",
            "Izin lingkungan pabrik di kelurahan %s",
            "Rencana tata ruang wilayah dan peta zonasi kecamatan %s",
            "Realisasi dana kelurahan %s tahun %d",
            "Daftar sekolah penerima dana BOS daerah %d",
            "Jadwal dan anggaran normalisasi sungai di kecamatan %s");
    private static final List<String> PURPOSES = List.of("Penelitian skripsi", "Bahan pemberitaan",
            "Pengawasan anggaran oleh warga", "Keperluan advokasi warga", "Kajian lembaga", "Pengetahuan pribadi");
    private static final List<String> COMPLAINTS = List.of(
            "INFRASTRUKTUR|Jalan berlubang di %s|Lubang besar di tengah jalan, sudah dua motor jatuh minggu ini",
            "INFRASTRUKTUR|Lampu jalan mati di %s|Sudah tiga minggu lampu jalan mati, rawan begal malam hari",
            "KEBERSIHAN_LINGKUNGAN|Sampah menumpuk di %s|Sampah tidak diangkut seminggu, bau dan banyak lalat",
            "KEBERSIHAN_LINGKUNGAN|Saluran air tersumbat di %s|Got mampet, kalau hujan air masuk ke rumah warga",
            "ADMINISTRASI_KEPENDUDUKAN_PERIZINAN|KTP elektronik belum jadi di %s|Sudah tiga bulan rekam, belum jadi",
            "KESEHATAN|Antrean puskesmas %s terlalu lama|Pasien lansia menunggu empat jam tanpa tempat duduk",
            "PENDIDIKAN|Pungutan di sekolah dekat %s|Orang tua diminta iuran gedung padahal sekolah negeri",
            "PERHUBUNGAN|Angkot ngetem di %s|Angkot berhenti lama di persimpangan, jalan macet tiap pagi",
            "KETERTIBAN_UMUM|Pedagang liar di trotoar %s|Trotoar penuh lapak, pejalan kaki terpaksa turun ke jalan",
            "SOSIAL|Warga miskin di %s belum dapat bantuan|Keluarga lansia tidak terdata sebagai penerima bantuan");

    private final List<String[]> places;

    private Corpus(List<String[]> places) {
        this.places = places;
    }

    /** The corpus with Kota Cilegon's 43 kelurahan, read from the query module's data. */
    public static Corpus load() {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream("data/cilegon-wilayah.csv")) {
            if (in == null) {
                throw new IllegalStateException("data/cilegon-wilayah.csv is not on the class path");
            }
            List<String[]> places = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(",");
                places.add(new String[] {fields[0], fields[3]});
            }
            return new Corpus(List.copyOf(places));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name(Random random) {
        return pick(GIVEN, random) + " " + pick(FAMILY, random);
    }

    /** A NIK of Kota Cilegon (province 36, city 72): 16 digits. */
    public String nik(Random random) {
        return "3672" + String.format("%02d", 1 + random.nextInt(8)) + String.format("%06d", random.nextInt(1_000_000))
                + String.format("%04d", random.nextInt(10_000));
    }

    public String phone(Random random) {
        return "08" + (11 + random.nextInt(89)) + String.format("%08d", random.nextInt(100_000_000));
    }

    public String email(String name, Random random) {
        return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + random.nextInt(1000) + "@example.org";
    }

    public String address(Random random) {
        String[] place = place(random);
        return pick(STREETS, random) + " No. " + (1 + random.nextInt(200)) + ", " + place[1] + ", " + place[0]
                + ", Cilegon";
    }

    public String occupation(Random random) {
        return pick(OCCUPATIONS, random);
    }

    public String informationRequested(Random random, int year) {
        String[] place = place(random);
        String template = pick(INFORMATION, random);
        return template.contains("%s") && template.contains("%d") ? template.formatted(place[1], year)
                : template.contains("%s") ? template.formatted(random.nextBoolean() ? place[1] : place[0])
                : template.formatted(year);
    }

    public String purpose(Random random) {
        return pick(PURPOSES, random);
    }

    /** {kecamatan, kelurahan}. */
    public String[] place(Random random) {
        return places.get(random.nextInt(places.size()));
    }

    /** A complaint about {@code kelurahan}: its category, subject and description. */
    public Complaint complaint(Random random, String kelurahan) {
        String[] fields = pick(COMPLAINTS, random).split("\\|");
        return new Complaint(ComplaintCategory.valueOf(fields[0]), fields[1].formatted(kelurahan), fields[2]);
    }

    private static <T> T pick(List<T> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** What a complaint is about. */
    public record Complaint(ComplaintCategory category, String subject, String description) {
    }
}
