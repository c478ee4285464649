package vn.cadres.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.Role;

class LocalTokenIssuerTest {

    @TempDir
    Path keys;

    @Test
    void mintsTokensTheServicesPublicKeyVerifies() throws Exception {
        LocalTokenIssuer issuer = LocalTokenIssuer.inDirectory(keys);
        String token = issuer.mint("office-HN", Set.of(Role.OFFICE), ProvinceCode.of("HN"));

        Jwt jwt = NimbusJwtDecoder.withPublicKey(readPublicKey(issuer.publicKeyFile())).build().decode(token);

        assertThat(jwt.getSubject()).isEqualTo("office-HN");
        assertThat(jwt.getClaimAsStringList("roles")).isEqualTo(List.of("OFFICE"));
        assertThat(jwt.getClaimAsString("province")).isEqualTo("HN");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo(LocalTokenIssuer.ISSUER);
        assertThat(jwt.getExpiresAt()).isAfter(jwt.getIssuedAt().plusSeconds(11 * 3600));
        assertThat(ActingOffice.from(jwt)).isEqualTo(
                new ActingOffice("office-HN", Set.of(Role.OFFICE), ProvinceCode.of("HN")));
    }

    @Test
    void keepsTheKeyPairItFound() throws Exception {
        LocalTokenIssuer.inDirectory(keys);
        String publicKey = Files.readString(keys.resolve(LocalTokenIssuer.PUBLIC_KEY_FILE));
        String privateKey = Files.readString(keys.resolve(LocalTokenIssuer.PRIVATE_KEY_FILE));

        LocalTokenIssuer.inDirectory(keys);

        assertThat(Files.readString(keys.resolve(LocalTokenIssuer.PUBLIC_KEY_FILE))).isEqualTo(publicKey);
        assertThat(privateKey).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(publicKey).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    private static RSAPublicKey readPublicKey(Path file) throws Exception {
        String base64 = Files.readString(file).replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "");
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(base64)));
    }
}
