#!/bin/sh
# Writes the awkward CSV files of the reader and import tests, byte for byte.
set -e
cd "$(dirname "$0")"
printf 'Pr\303\251nom,Nom,Courriel\n\303\211lodie,Durand,elodie@example.org\n' > utf8.csv
printf '\357\273\277given,family,email\r\nZo\303\251,Martin,zoe@example.org\r\n' > utf8-bom.csv
printf 'Pr\351nom;Nom\nH\351l\350ne;L\200on\n' > cp1252.csv
printf 'a;b;c\n1;2,5;3\n' > semicolon.csv
printf 'name,notes\r\n"Dupont, Jean","first line\r\nsecond ""quoted"" line"\r\nx,y\r\n' > crlf-quoted.csv
printf '' > empty.csv
printf 'a,b\n' > header-only.csv
printf 'a,b\n1,2\n3,"open\n4,5\n' > unclosed.csv
printf 'a,b\n1,x\201y\n' > invalid-bytes.csv
printf 'a,b,c\n1,2\n3,4,5,6\n' > ragged.csv
