System.Console.WriteLine("secretanalyzers: not written yet");
