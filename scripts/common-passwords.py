#!/usr/bin/env python3
"""Writes src/SteeringDashboard.Core/Security/common-passwords.txt, the list of refused common passwords.

The base words are the most frequent entries of the public breach-derived lists (SecLists' "10k most common",
the NCSC's "100k most common", RockYou's top of the list) and their Vietnamese counterparts, written down from those
lists; the variants are the ways people stretch a short password to a length rule (digits, years, symbols, repeats,
capitals). Only 12 to 128 characters are kept: shorter ones fail the length rule anyway. Run it again to reproduce
the file exactly:  python3 scripts/common-passwords.py
"""
from pathlib import Path

WORDS = """
password passw0rd p@ssword p@ssw0rd qwerty qwertyuiop qwertyuiopasdfghjkl asdfgh asdfghjkl zxcvbnm qazwsx 1qaz2wsx
1qaz2wsx3edc 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y zaq12wsx zaq1zaq1 qweasdzxc qweqwe asdasd zxczxc abc abcd abcdef
abcdefgh abcdefghijkl iloveyou loveyou iloveu letmein welcome admin administrator root master login access
changeme secret trustno1 monkey dragon football baseball basketball soccer hockey sunshine princess superman batman
spiderman starwars pokemon shadow michael jennifer jordan hunter ranger buster thomas robert daniel charlie andrew
jessica ashley amanda nicole michelle maggie ginger hannah summer winter spring autumn flower freedom whatever
computer internet google facebook youtube instagram twitter yahoo hotmail gmail microsoft windows apple samsung
nokia iphone android linux ubuntu oracle mysql server database backup default guest test tester testing demo user
username manager office company business money dollar cookie chocolate cheese pepper orange banana lemon cherry
purple yellow silver golden diamond crystal angel angels heaven killer hello hellokitty kitty tigger lovely lover
love mylove babygirl baby sweety sweetheart honey family friends forever together matrix merlin mustang ferrari
porsche corvette harley mercedes toyota honda yamaha liverpool arsenal chelsea manchester barcelona realmadrid
juventus qwerty123 qwe123 abc123 aaa111 a1b2c3 a1b2c3d4 passwd pass word
matkhau matkhaumoi matkhau123 anhyeuem emyeuanh yeuem yeuanh anhyeuemnhieu emyeuanhnhieu toiyeuban iloveyouvn
vietnam vietnamvodich hanoi hanoivietnam saigon hochiminh danang haiphong hue cantho nhatrang dalat halong
nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly anh minh tuan hung dung thanh linh
lan huong trang thao ngoc mai hoa hong phuong nam long khanh quang duc hieu trung hai son tu viet
baomat quantri quantrivien admin138 bandieuhanh138 bandieuhanh bancd138 bcd138 chidao138 steering steeringdashboard dashboard
congan conganhanoi phongchong matuy tenanxahoi
""".split()

DIGIT_RUNS = ["123", "1234", "12345", "123456", "1234567", "12345678", "123456789", "1234567890", "111", "1111",
              "111111", "000", "0000", "000000", "007", "69", "99", "01", "1", "12", "321", "4321", "54321",
              "654321", "987654321", "123123", "112233", "121212", "2468", "13579", "666", "888", "8888", "999"]
YEARS = [str(y) for y in range(1970, 2031)]
SYMBOLS = ["", "!", "@"]


def variants(word: str):
    yield word
    yield word + word
    for suffix in DIGIT_RUNS + YEARS:
        for symbol in SYMBOLS:
            yield word + suffix + symbol
        yield word + "@" + suffix
    for year in YEARS:
        yield year + word
    for run in ("123", "1234", "123456"):
        yield run + word


def sequences():
    digits = "01234567890123456789"
    for start in range(10):
        for length in range(12, 21):
            yield digits[start:start + length]
    for length in range(12, 21):
        yield "9876543210987654321"[:length]
        yield "0987654321098765432"[:length]
        for d in "0123456789":
            yield d * length
    yield from ("123456789123", "1234567891011", "123456789abc", "112233445566", "11223344556677")
    for pair in ("12", "21", "69", "01", "10", "ab", "aa", "xo"):
        yield pair * 6
        yield pair * 7
    for triple in ("123", "321", "abc", "qwe", "asd", "zxc", "111", "777", "369", "147", "258"):
        yield triple * 4
        yield triple * 5
    for walk in ("qwertyuiop", "asdfghjkl", "zxcvbnm", "1qaz2wsx3edc4rfv", "qazwsxedcrfv", "1q2w3e4r5t6y7u8i",
                 "q1w2e3r4t5y6u7i8", "zaq12wsxcde34rfv", "!qaz@wsx#edc", "qwertyuiopasdfghjklzxcvbnm", "asdfghjklzxcvbnm",
                 "abcdefghijklmnopqrstuvwxyz", "1234qwerasdfzxcv", "qwer1234asdf", "asdf1234qwer"):
        for length in range(12, len(walk) + 1):
            yield walk[:length]


def main() -> None:
    entries = set()
    for word in WORDS:
        for candidate in variants(word):
            entries.add(candidate.lower())
    entries.update(sequences())
    kept = sorted(e for e in entries if 12 <= len(e) <= 128)
    target = Path(__file__).resolve().parent.parent / "src/SteeringDashboard.Core/Security/common-passwords.txt"
    header = ("# Commonly used passwords of 12 to 128 characters (lower-case; compared without case), written by\n"
              "# scripts/common-passwords.py from the most frequent entries of public breach lists and their usual variants.\n")
    target.write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} passwords")


if __name__ == "__main__":
    main()
