#!/usr/bin/env bash
# Builds `pingbi` for a 承辦人's Linux machine that has no Swift: a release build with the
# Swift runtime and Foundation linked statically, the programs' sample data beside it, the
# published 111 tables and a short 使用說明, in one folder and one .tar.gz archive.
#
# Usage: scripts/package.sh [OUTDIR]        (default: dist/)
# Writes OUTDIR/pingbi-<version>-linux-<arch>/ and OUTDIR/pingbi-<version>-linux-<arch>.tar.gz.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-dist}"
scratch=".build-package"
swift build -c release --static-swift-stdlib --product pingbi --scratch-path "$scratch"
bin="$(swift build -c release --static-swift-stdlib --product pingbi --scratch-path "$scratch" --show-bin-path)"

version="$("$bin/pingbi" --version | awk '{print $2}')"
name="pingbi-$version-linux-$(uname -m)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
folder="$stage/$name"
mkdir -p "$folder"

cp "$bin/pingbi" "$folder/"
strip "$folder/pingbi" 2>/dev/null || true
# Each program module's sample data is a resource bundle that pingbi finds beside itself.
for bundle in "$bin"/*.resources; do
    [ -e "$bundle" ] && cp -R "$bundle" "$folder/"
done
cp -R data/seed-111 "$folder/111年公布資料"
cat > "$folder/使用說明.txt" <<'TXT'
pingbi 評比計算工具

這個資料夾可以直接在 Linux 電腦上使用，不需要安裝其他軟體。
在這個資料夾開啟終端機，輸入：

  ./pingbi                                  以內附範例資料計算所有評比，印出表格
  ./pingbi run pension-county-112 --data 111年公布資料
                                            以 111 年公布的收繳率計算縣市評比
  ./pingbi run --data 我的資料 --format html --out 結果
                                            以「我的資料」資料夾中的檔案計算，報告寫到「結果」資料夾
  ./pingbi list                             列出各評比程式與所需的輸入檔
  ./pingbi template kaoping-111 --out 空白檔  產生空白輸入檔
  ./pingbi --help                           說明

結束碼：0 完成、64 用法錯誤、65 資料錯誤（訊息會指出檔案、行、欄與內容）。
TXT

# The archive runs only where the binary needs nothing of Swift's: check before shipping.
if ldd "$folder/pingbi" | grep -q 'libswift\|libFoundation\|lib_Foundation'; then
    echo "package: pingbi still links the Swift runtime dynamically:" >&2
    ldd "$folder/pingbi" | grep 'swift\|Foundation' >&2
    exit 1
fi

mkdir -p "$out"
rm -rf "${out:?}/$name" "$out/$name.tar.gz"
tar -C "$stage" -czf "$out/$name.tar.gz" "$name"
mv "$folder" "$out/$name"
echo "已產生 $out/$name/ 與 $out/$name.tar.gz"
