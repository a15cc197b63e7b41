using Psqm.Core.Search;

namespace Psqm.Modules.Search.Engine;

/// <summary>
/// Porter's English stemmer (1980), so "teaching", "teaches" and "teach" share one stem and "enquiries" and
/// "enquiry" another. Works on folded lower-case words; stems are index keys, not words to show.
/// </summary>
public static class PorterStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 2 || !word.All(c => c is >= 'a' and <= 'z'))
        {
            return word;
        }

        var w = new Word(word);
        w.Step1A();
        w.Step1B();
        w.Step1C();
        w.Step2();
        w.Step3();
        w.Step4();
        w.Step5();
        return w.ToString();
    }

    private sealed class Word(string word)
    {
        private char[] _b = word.ToCharArray();
        private int _k = word.Length - 1; // index of the last letter
        private int _j;                   // end of the stem when a suffix matched

        public override string ToString() => new(_b, 0, _k + 1);

        private bool Consonant(int i) => _b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !Consonant(i - 1),
            _ => true,
        };

        // m(): the number of vowel-consonant sequences in b[0.._j].
        private int Measure()
        {
            var n = 0;
            var i = 0;
            while (true)
            {
                if (i > _j) return n;
                if (!Consonant(i)) break;
                i++;
            }

            i++;
            while (true)
            {
                while (true)
                {
                    if (i > _j) return n;
                    if (Consonant(i)) break;
                    i++;
                }

                i++;
                n++;
                while (true)
                {
                    if (i > _j) return n;
                    if (!Consonant(i)) break;
                    i++;
                }

                i++;
            }
        }

        private bool VowelInStem()
        {
            for (var i = 0; i <= _j; i++)
            {
                if (!Consonant(i)) return true;
            }

            return false;
        }

        private bool DoubleConsonant(int j) => j >= 1 && _b[j] == _b[j - 1] && Consonant(j);

        // consonant-vowel-consonant, the last not w, x or y: "hop" but not "snow".
        private bool Cvc(int i) =>
            i >= 2 && Consonant(i) && !Consonant(i - 1) && Consonant(i - 2) && _b[i] is not ('w' or 'x' or 'y');

        private bool Ends(string s)
        {
            var length = s.Length;
            if (length > _k + 1) return false;
            for (var i = 0; i < length; i++)
            {
                if (_b[_k - length + 1 + i] != s[i]) return false;
            }

            _j = _k - length;
            return true;
        }

        private void SetTo(string s)
        {
            var needed = _j + 1 + s.Length;
            if (needed > _b.Length) Array.Resize(ref _b, needed);
            for (var i = 0; i < s.Length; i++) _b[_j + 1 + i] = s[i];
            _k = _j + s.Length;
        }

        private void ReplaceIfMeasured(string s)
        {
            if (Measure() > 0) SetTo(s);
        }

        public void Step1A()
        {
            if (_b[_k] != 's') return;
            if (Ends("sses")) _k -= 2;
            else if (Ends("ies")) SetTo("i");
            else if (_k >= 1 && _b[_k - 1] != 's') _k--;
        }

        public void Step1B()
        {
            if (Ends("eed"))
            {
                if (Measure() > 0) _k--;
                return;
            }

            if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                _k = _j;
                if (Ends("at")) SetTo("ate");
                else if (Ends("bl")) SetTo("ble");
                else if (Ends("iz")) SetTo("ize");
                else if (DoubleConsonant(_k))
                {
                    if (_b[_k] is not ('l' or 's' or 'z')) _k--;
                }
                else
                {
                    _j = _k;
                    if (Measure() == 1 && Cvc(_k)) SetTo("e");
                }
            }
        }

        public void Step1C()
        {
            if (Ends("y") && VowelInStem()) _b[_k] = 'i';
        }

        private static readonly (string Suffix, string Replacement)[] Step2Rules =
        [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
            ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
            ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
            ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
        ];

        private static readonly (string Suffix, string Replacement)[] Step3Rules =
        [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ];

        private static readonly string[] Step4Suffixes =
        [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
            "iti", "ous", "ive", "ize",
        ];

        public void Step2() => ApplyFirst(Step2Rules);

        public void Step3() => ApplyFirst(Step3Rules);

        private void ApplyFirst((string Suffix, string Replacement)[] rules)
        {
            if (_k < 1) return;
            foreach (var (suffix, replacement) in rules)
            {
                if (Ends(suffix))
                {
                    ReplaceIfMeasured(replacement);
                    return;
                }
            }
        }

        public void Step4()
        {
            if (_k < 1) return;
            foreach (var suffix in Step4Suffixes)
            {
                if (!Ends(suffix)) continue;
                // "-ion" goes only after s or t: "adoption" but not "onion".
                if (suffix == "ion" && (_j < 0 || _b[_j] is not ('s' or 't'))) return;
                if (Measure() > 1) _k = _j;
                return;
            }
        }

        public void Step5()
        {
            _j = _k;
            if (_b[_k] == 'e')
            {
                _j = _k - 1;
                var m = Measure();
                if (m > 1 || (m == 1 && !Cvc(_k - 1))) _k--;
            }

            _j = _k;
            if (_b[_k] == 'l' && DoubleConsonant(_k) && Measure() > 1) _k--;
        }
    }
}
