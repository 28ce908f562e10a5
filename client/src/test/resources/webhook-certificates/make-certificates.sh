#!/bin/sh
# Makes the webhook test certificates once (run from this folder; needs only the JDK's keytool). The outputs are
# committed; run again only to replace them, then re-sign the CLI's fixtures (contract-tests/cli README).
set -eu
KS=webhook-test-keys.p12
PASS=changeit
START="2020/01/01 00:00:00"
DAYS=36500
rm -f "$KS" ./*.pem
kt() { keytool -keystore "$KS" -storetype PKCS12 -storepass "$PASS" "$@"; }

# The test root CA (self-signed, a CA).
kt -genkeypair -alias root -keyalg RSA -keysize 2048 -startdate "$START" -validity $DAYS \
   -dname "CN=pc-transfers webhook test root CA, O=pc-transfers tests" -ext bc:c=ca:true -ext ku:c=keyCertSign,cRLSign
kt -exportcert -alias root -rfc -file root-ca.pem

# Two leaves issued by the root: Partner Center's organisation, and another one.
for leaf in signer:"CN=pcnotifications-dispatch.microsoft.com, O=Microsoft Corporation, L=Redmond, ST=Washington, C=US" \
            wrong-organization:"CN=pcnotifications-dispatch.microsoft.com, O=Contoso Ltd, C=US"; do
  alias=${leaf%%:*}; dname=${leaf#*:}
  kt -genkeypair -alias "$alias" -keyalg RSA -keysize 2048 -startdate "$START" -validity $DAYS -dname "$dname"
  kt -certreq -alias "$alias" -file "$alias.csr"
  kt -gencert -alias root -infile "$alias.csr" -outfile "$alias.pem" -rfc -startdate "$START" -validity $DAYS \
     -ext ku:c=digitalSignature
  cat "$alias.pem" root-ca.pem > "$alias-chain.pem"
  kt -importcert -alias "$alias" -file "$alias-chain.pem" -noprompt
  rm "$alias.csr" "$alias-chain.pem"
done

# A self-signed certificate with Partner Center's organisation that no test trusts.
kt -genkeypair -alias untrusted -keyalg RSA -keysize 2048 -startdate "$START" -validity $DAYS \
   -dname "CN=pcnotifications-dispatch.microsoft.com, O=Microsoft Corporation, C=US"
kt -exportcert -alias untrusted -rfc -file untrusted-self-signed.pem
