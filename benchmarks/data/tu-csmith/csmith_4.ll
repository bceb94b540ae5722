; ModuleID = '/tmp/tmps278s5nn/csmith_4.c'
source_filename = "/tmp/tmps278s5nn/csmith_4.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.S2 = type { i64 }
%struct.S1 = type { i32, i32 }
%struct.S0 = type { i32, i8, i8, i32, i8, i64, i32, i32, i16 }
%struct.S3 = type { %struct.S0, i8, i16, i32 }

@.str = private unnamed_addr constant [2 x i8] c"1\00", align 1
@g_2 = internal global i16 -31970, align 2
@.str.1 = private unnamed_addr constant [4 x i8] c"g_2\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"g_3.f0\00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c"g_3.f1\00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"g_3.f2\00", align 1
@.str.5 = private unnamed_addr constant [7 x i8] c"g_3.f3\00", align 1
@g_26 = internal global i32 1, align 4
@.str.6 = private unnamed_addr constant [5 x i8] c"g_26\00", align 1
@g_28 = internal global i32 -5, align 4
@.str.7 = private unnamed_addr constant [5 x i8] c"g_28\00", align 1
@g_40 = internal global i64 -1, align 8
@.str.8 = private unnamed_addr constant [5 x i8] c"g_40\00", align 1
@g_43 = internal global i16 1, align 2
@.str.9 = private unnamed_addr constant [5 x i8] c"g_43\00", align 1
@g_47 = internal global i16 -3827, align 2
@.str.10 = private unnamed_addr constant [5 x i8] c"g_47\00", align 1
@g_86 = internal global i32 2099218229, align 4
@.str.11 = private unnamed_addr constant [5 x i8] c"g_86\00", align 1
@g_131 = internal global i32 -6, align 4
@.str.12 = private unnamed_addr constant [6 x i8] c"g_131\00", align 1
@g_136 = internal global i8 -7, align 1
@.str.13 = private unnamed_addr constant [6 x i8] c"g_136\00", align 1
@g_138 = internal global i8 64, align 1
@.str.14 = private unnamed_addr constant [6 x i8] c"g_138\00", align 1
@.str.15 = private unnamed_addr constant [6 x i8] c"g_150\00", align 1
@g_204 = internal global i32 -408445941, align 4
@.str.16 = private unnamed_addr constant [6 x i8] c"g_204\00", align 1
@g_208 = internal global i8 -63, align 1
@.str.17 = private unnamed_addr constant [6 x i8] c"g_208\00", align 1
@.str.18 = private unnamed_addr constant [12 x i8] c"g_223[i].f0\00", align 1
@.str.19 = private unnamed_addr constant [12 x i8] c"g_223[i].f1\00", align 1
@.str.20 = private unnamed_addr constant [12 x i8] c"g_223[i].f2\00", align 1
@.str.21 = private unnamed_addr constant [12 x i8] c"g_223[i].f3\00", align 1
@.str.22 = private unnamed_addr constant [14 x i8] c"index = [%d]\0A\00", align 1
@.str.23 = private unnamed_addr constant [9 x i8] c"g_227.f0\00", align 1
@.str.24 = private unnamed_addr constant [9 x i8] c"g_227.f1\00", align 1
@.str.25 = private unnamed_addr constant [9 x i8] c"g_227.f2\00", align 1
@.str.26 = private unnamed_addr constant [9 x i8] c"g_227.f3\00", align 1
@g_231 = internal global [6 x i16] [i16 -5810, i16 -5810, i16 27570, i16 -5810, i16 -5810, i16 27570], align 2
@.str.27 = private unnamed_addr constant [9 x i8] c"g_231[i]\00", align 1
@.str.28 = private unnamed_addr constant [9 x i8] c"g_236.f0\00", align 1
@.str.29 = private unnamed_addr constant [9 x i8] c"g_236.f1\00", align 1
@.str.30 = private unnamed_addr constant [9 x i8] c"g_236.f2\00", align 1
@.str.31 = private unnamed_addr constant [9 x i8] c"g_236.f3\00", align 1
@.str.32 = private unnamed_addr constant [9 x i8] c"g_236.f4\00", align 1
@.str.33 = private unnamed_addr constant [9 x i8] c"g_236.f5\00", align 1
@.str.34 = private unnamed_addr constant [9 x i8] c"g_236.f6\00", align 1
@.str.35 = private unnamed_addr constant [9 x i8] c"g_236.f7\00", align 1
@.str.36 = private unnamed_addr constant [9 x i8] c"g_236.f8\00", align 1
@g_331 = internal global i32 -1, align 4
@.str.37 = private unnamed_addr constant [6 x i8] c"g_331\00", align 1
@.str.38 = private unnamed_addr constant [12 x i8] c"g_412.f0.f0\00", align 1
@.str.39 = private unnamed_addr constant [12 x i8] c"g_412.f0.f1\00", align 1
@.str.40 = private unnamed_addr constant [12 x i8] c"g_412.f0.f2\00", align 1
@.str.41 = private unnamed_addr constant [12 x i8] c"g_412.f0.f3\00", align 1
@.str.42 = private unnamed_addr constant [12 x i8] c"g_412.f0.f4\00", align 1
@.str.43 = private unnamed_addr constant [12 x i8] c"g_412.f0.f5\00", align 1
@.str.44 = private unnamed_addr constant [12 x i8] c"g_412.f0.f6\00", align 1
@.str.45 = private unnamed_addr constant [12 x i8] c"g_412.f0.f7\00", align 1
@.str.46 = private unnamed_addr constant [12 x i8] c"g_412.f0.f8\00", align 1
@.str.47 = private unnamed_addr constant [9 x i8] c"g_412.f1\00", align 1
@.str.48 = private unnamed_addr constant [9 x i8] c"g_412.f2\00", align 1
@.str.49 = private unnamed_addr constant [9 x i8] c"g_412.f3\00", align 1
@.str.50 = private unnamed_addr constant [12 x i8] c"g_414.f0.f0\00", align 1
@.str.51 = private unnamed_addr constant [12 x i8] c"g_414.f0.f1\00", align 1
@.str.52 = private unnamed_addr constant [12 x i8] c"g_414.f0.f2\00", align 1
@.str.53 = private unnamed_addr constant [12 x i8] c"g_414.f0.f3\00", align 1
@.str.54 = private unnamed_addr constant [12 x i8] c"g_414.f0.f4\00", align 1
@.str.55 = private unnamed_addr constant [12 x i8] c"g_414.f0.f5\00", align 1
@.str.56 = private unnamed_addr constant [12 x i8] c"g_414.f0.f6\00", align 1
@.str.57 = private unnamed_addr constant [12 x i8] c"g_414.f0.f7\00", align 1
@.str.58 = private unnamed_addr constant [12 x i8] c"g_414.f0.f8\00", align 1
@.str.59 = private unnamed_addr constant [9 x i8] c"g_414.f1\00", align 1
@.str.60 = private unnamed_addr constant [9 x i8] c"g_414.f2\00", align 1
@.str.61 = private unnamed_addr constant [9 x i8] c"g_414.f3\00", align 1
@g_478 = internal global i32 39563121, align 4
@.str.62 = private unnamed_addr constant [6 x i8] c"g_478\00", align 1
@g_479 = internal global i32 1174465602, align 4
@.str.63 = private unnamed_addr constant [6 x i8] c"g_479\00", align 1
@.str.64 = private unnamed_addr constant [9 x i8] c"g_512.f0\00", align 1
@.str.65 = private unnamed_addr constant [9 x i8] c"g_512.f1\00", align 1
@.str.66 = private unnamed_addr constant [9 x i8] c"g_512.f2\00", align 1
@.str.67 = private unnamed_addr constant [9 x i8] c"g_512.f3\00", align 1
@.str.68 = private unnamed_addr constant [9 x i8] c"g_512.f4\00", align 1
@.str.69 = private unnamed_addr constant [9 x i8] c"g_512.f5\00", align 1
@.str.70 = private unnamed_addr constant [9 x i8] c"g_512.f6\00", align 1
@.str.71 = private unnamed_addr constant [9 x i8] c"g_512.f7\00", align 1
@.str.72 = private unnamed_addr constant [9 x i8] c"g_512.f8\00", align 1
@g_526 = internal global [2 x i32] [i32 -988309189, i32 -988309189], align 4
@.str.73 = private unnamed_addr constant [9 x i8] c"g_526[i]\00", align 1
@.str.74 = private unnamed_addr constant [9 x i8] c"g_574.f0\00", align 1
@.str.75 = private unnamed_addr constant [9 x i8] c"g_574.f1\00", align 1
@.str.76 = private unnamed_addr constant [9 x i8] c"g_574.f2\00", align 1
@.str.77 = private unnamed_addr constant [9 x i8] c"g_574.f3\00", align 1
@.str.78 = private unnamed_addr constant [12 x i8] c"g_594[i].f0\00", align 1
@.str.79 = private unnamed_addr constant [12 x i8] c"g_594[i].f1\00", align 1
@.str.80 = private unnamed_addr constant [12 x i8] c"g_594[i].f2\00", align 1
@.str.81 = private unnamed_addr constant [12 x i8] c"g_594[i].f3\00", align 1
@.str.82 = private unnamed_addr constant [12 x i8] c"g_594[i].f4\00", align 1
@.str.83 = private unnamed_addr constant [12 x i8] c"g_594[i].f5\00", align 1
@.str.84 = private unnamed_addr constant [12 x i8] c"g_594[i].f6\00", align 1
@.str.85 = private unnamed_addr constant [12 x i8] c"g_594[i].f7\00", align 1
@.str.86 = private unnamed_addr constant [12 x i8] c"g_594[i].f8\00", align 1
@g_638 = internal global i16 -23447, align 2
@.str.87 = private unnamed_addr constant [6 x i8] c"g_638\00", align 1
@g_669 = internal global i8 4, align 1
@.str.88 = private unnamed_addr constant [6 x i8] c"g_669\00", align 1
@.str.89 = private unnamed_addr constant [9 x i8] c"g_680.f0\00", align 1
@.str.90 = private unnamed_addr constant [9 x i8] c"g_680.f1\00", align 1
@.str.91 = private unnamed_addr constant [9 x i8] c"g_680.f2\00", align 1
@.str.92 = private unnamed_addr constant [9 x i8] c"g_680.f3\00", align 1
@.str.93 = private unnamed_addr constant [12 x i8] c"g_694.f0.f0\00", align 1
@.str.94 = private unnamed_addr constant [12 x i8] c"g_694.f0.f1\00", align 1
@.str.95 = private unnamed_addr constant [12 x i8] c"g_694.f0.f2\00", align 1
@.str.96 = private unnamed_addr constant [12 x i8] c"g_694.f0.f3\00", align 1
@.str.97 = private unnamed_addr constant [12 x i8] c"g_694.f0.f4\00", align 1
@.str.98 = private unnamed_addr constant [12 x i8] c"g_694.f0.f5\00", align 1
@.str.99 = private unnamed_addr constant [12 x i8] c"g_694.f0.f6\00", align 1
@.str.100 = private unnamed_addr constant [12 x i8] c"g_694.f0.f7\00", align 1
@.str.101 = private unnamed_addr constant [12 x i8] c"g_694.f0.f8\00", align 1
@.str.102 = private unnamed_addr constant [9 x i8] c"g_694.f1\00", align 1
@.str.103 = private unnamed_addr constant [9 x i8] c"g_694.f2\00", align 1
@.str.104 = private unnamed_addr constant [9 x i8] c"g_694.f3\00", align 1
@.str.105 = private unnamed_addr constant [12 x i8] c"g_722.f0.f0\00", align 1
@.str.106 = private unnamed_addr constant [12 x i8] c"g_722.f0.f1\00", align 1
@.str.107 = private unnamed_addr constant [12 x i8] c"g_722.f0.f2\00", align 1
@.str.108 = private unnamed_addr constant [12 x i8] c"g_722.f0.f3\00", align 1
@.str.109 = private unnamed_addr constant [12 x i8] c"g_722.f0.f4\00", align 1
@.str.110 = private unnamed_addr constant [12 x i8] c"g_722.f0.f5\00", align 1
@.str.111 = private unnamed_addr constant [12 x i8] c"g_722.f0.f6\00", align 1
@.str.112 = private unnamed_addr constant [12 x i8] c"g_722.f0.f7\00", align 1
@.str.113 = private unnamed_addr constant [12 x i8] c"g_722.f0.f8\00", align 1
@.str.114 = private unnamed_addr constant [9 x i8] c"g_722.f1\00", align 1
@.str.115 = private unnamed_addr constant [9 x i8] c"g_722.f2\00", align 1
@.str.116 = private unnamed_addr constant [9 x i8] c"g_722.f3\00", align 1
@g_772 = internal global i64 7771695670979111835, align 8
@.str.117 = private unnamed_addr constant [6 x i8] c"g_772\00", align 1
@.str.118 = private unnamed_addr constant [9 x i8] c"g_794.f0\00", align 1
@.str.119 = private unnamed_addr constant [9 x i8] c"g_794.f1\00", align 1
@.str.120 = private unnamed_addr constant [9 x i8] c"g_794.f2\00", align 1
@.str.121 = private unnamed_addr constant [9 x i8] c"g_794.f3\00", align 1
@.str.122 = private unnamed_addr constant [9 x i8] c"g_797.f0\00", align 1
@.str.123 = private unnamed_addr constant [9 x i8] c"g_797.f1\00", align 1
@.str.124 = private unnamed_addr constant [9 x i8] c"g_797.f2\00", align 1
@.str.125 = private unnamed_addr constant [9 x i8] c"g_797.f3\00", align 1
@.str.126 = private unnamed_addr constant [9 x i8] c"g_797.f4\00", align 1
@.str.127 = private unnamed_addr constant [9 x i8] c"g_797.f5\00", align 1
@.str.128 = private unnamed_addr constant [9 x i8] c"g_797.f6\00", align 1
@.str.129 = private unnamed_addr constant [9 x i8] c"g_797.f7\00", align 1
@.str.130 = private unnamed_addr constant [9 x i8] c"g_797.f8\00", align 1
@g_839 = internal global i32 1, align 4
@.str.131 = private unnamed_addr constant [6 x i8] c"g_839\00", align 1
@g_847 = internal global i32 -1881674638, align 4
@.str.132 = private unnamed_addr constant [6 x i8] c"g_847\00", align 1
@.str.133 = private unnamed_addr constant [12 x i8] c"g_866[i].f0\00", align 1
@.str.134 = private unnamed_addr constant [12 x i8] c"g_866[i].f1\00", align 1
@.str.135 = private unnamed_addr constant [12 x i8] c"g_866[i].f2\00", align 1
@.str.136 = private unnamed_addr constant [12 x i8] c"g_866[i].f3\00", align 1
@.str.137 = private unnamed_addr constant [12 x i8] c"g_866[i].f4\00", align 1
@.str.138 = private unnamed_addr constant [12 x i8] c"g_866[i].f5\00", align 1
@.str.139 = private unnamed_addr constant [12 x i8] c"g_866[i].f6\00", align 1
@.str.140 = private unnamed_addr constant [12 x i8] c"g_866[i].f7\00", align 1
@.str.141 = private unnamed_addr constant [12 x i8] c"g_866[i].f8\00", align 1
@.str.142 = private unnamed_addr constant [9 x i8] c"g_870.f0\00", align 1
@.str.143 = private unnamed_addr constant [9 x i8] c"g_870.f1\00", align 1
@.str.144 = private unnamed_addr constant [9 x i8] c"g_870.f2\00", align 1
@.str.145 = private unnamed_addr constant [9 x i8] c"g_870.f3\00", align 1
@.str.146 = private unnamed_addr constant [9 x i8] c"g_870.f4\00", align 1
@.str.147 = private unnamed_addr constant [9 x i8] c"g_870.f5\00", align 1
@.str.148 = private unnamed_addr constant [9 x i8] c"g_870.f6\00", align 1
@.str.149 = private unnamed_addr constant [9 x i8] c"g_870.f7\00", align 1
@.str.150 = private unnamed_addr constant [9 x i8] c"g_870.f8\00", align 1
@.str.151 = private unnamed_addr constant [12 x i8] c"g_882.f0.f0\00", align 1
@.str.152 = private unnamed_addr constant [12 x i8] c"g_882.f0.f1\00", align 1
@.str.153 = private unnamed_addr constant [12 x i8] c"g_882.f0.f2\00", align 1
@.str.154 = private unnamed_addr constant [12 x i8] c"g_882.f0.f3\00", align 1
@.str.155 = private unnamed_addr constant [12 x i8] c"g_882.f0.f4\00", align 1
@.str.156 = private unnamed_addr constant [12 x i8] c"g_882.f0.f5\00", align 1
@.str.157 = private unnamed_addr constant [12 x i8] c"g_882.f0.f6\00", align 1
@.str.158 = private unnamed_addr constant [12 x i8] c"g_882.f0.f7\00", align 1
@.str.159 = private unnamed_addr constant [12 x i8] c"g_882.f0.f8\00", align 1
@.str.160 = private unnamed_addr constant [9 x i8] c"g_882.f1\00", align 1
@.str.161 = private unnamed_addr constant [9 x i8] c"g_882.f2\00", align 1
@.str.162 = private unnamed_addr constant [9 x i8] c"g_882.f3\00", align 1
@.str.163 = private unnamed_addr constant [9 x i8] c"g_894.f0\00", align 1
@.str.164 = private unnamed_addr constant [9 x i8] c"g_894.f1\00", align 1
@.str.165 = private unnamed_addr constant [9 x i8] c"g_894.f2\00", align 1
@.str.166 = private unnamed_addr constant [9 x i8] c"g_894.f3\00", align 1
@.str.167 = private unnamed_addr constant [9 x i8] c"g_921.f0\00", align 1
@.str.168 = private unnamed_addr constant [9 x i8] c"g_921.f1\00", align 1
@.str.169 = private unnamed_addr constant [9 x i8] c"g_921.f2\00", align 1
@.str.170 = private unnamed_addr constant [9 x i8] c"g_921.f3\00", align 1
@.str.171 = private unnamed_addr constant [9 x i8] c"g_921.f4\00", align 1
@.str.172 = private unnamed_addr constant [9 x i8] c"g_921.f5\00", align 1
@.str.173 = private unnamed_addr constant [9 x i8] c"g_921.f6\00", align 1
@.str.174 = private unnamed_addr constant [9 x i8] c"g_921.f7\00", align 1
@.str.175 = private unnamed_addr constant [9 x i8] c"g_921.f8\00", align 1
@.str.176 = private unnamed_addr constant [13 x i8] c"g_1020.f0.f0\00", align 1
@.str.177 = private unnamed_addr constant [13 x i8] c"g_1020.f0.f1\00", align 1
@.str.178 = private unnamed_addr constant [13 x i8] c"g_1020.f0.f2\00", align 1
@.str.179 = private unnamed_addr constant [13 x i8] c"g_1020.f0.f3\00", align 1
@.str.180 = private unnamed_addr constant [13 x i8] c"g_1020.f0.f4\00", align 1
@.str.181 = private unnamed_addr constant [13 x i8] c"g_1020.f0.f5\00", align 1
@.str.182 = private unnamed_addr constant [13 x i8] c"g_1020.f0.f6\00", align 1
@.str.183 = private unnamed_addr constant [13 x i8] c"g_1020.f0.f7\00", align 1
@.str.184 = private unnamed_addr constant [13 x i8] c"g_1020.f0.f8\00", align 1
@.str.185 = private unnamed_addr constant [10 x i8] c"g_1020.f1\00", align 1
@.str.186 = private unnamed_addr constant [10 x i8] c"g_1020.f2\00", align 1
@.str.187 = private unnamed_addr constant [10 x i8] c"g_1020.f3\00", align 1
@.str.188 = private unnamed_addr constant [10 x i8] c"g_1035.f0\00", align 1
@.str.189 = private unnamed_addr constant [10 x i8] c"g_1035.f1\00", align 1
@.str.190 = private unnamed_addr constant [10 x i8] c"g_1035.f2\00", align 1
@.str.191 = private unnamed_addr constant [10 x i8] c"g_1035.f3\00", align 1
@.str.192 = private unnamed_addr constant [10 x i8] c"g_1040.f0\00", align 1
@.str.193 = private unnamed_addr constant [10 x i8] c"g_1040.f1\00", align 1
@.str.194 = private unnamed_addr constant [10 x i8] c"g_1040.f2\00", align 1
@.str.195 = private unnamed_addr constant [10 x i8] c"g_1040.f3\00", align 1
@.str.196 = private unnamed_addr constant [10 x i8] c"g_1040.f4\00", align 1
@.str.197 = private unnamed_addr constant [10 x i8] c"g_1040.f5\00", align 1
@.str.198 = private unnamed_addr constant [10 x i8] c"g_1040.f6\00", align 1
@.str.199 = private unnamed_addr constant [10 x i8] c"g_1040.f7\00", align 1
@.str.200 = private unnamed_addr constant [10 x i8] c"g_1040.f8\00", align 1
@g_1057 = internal global i16 -1, align 2
@.str.201 = private unnamed_addr constant [7 x i8] c"g_1057\00", align 1
@.str.202 = private unnamed_addr constant [19 x i8] c"g_1262[i][j].f0.f0\00", align 1
@.str.203 = private unnamed_addr constant [19 x i8] c"g_1262[i][j].f0.f1\00", align 1
@.str.204 = private unnamed_addr constant [19 x i8] c"g_1262[i][j].f0.f2\00", align 1
@.str.205 = private unnamed_addr constant [19 x i8] c"g_1262[i][j].f0.f3\00", align 1
@.str.206 = private unnamed_addr constant [19 x i8] c"g_1262[i][j].f0.f4\00", align 1
@.str.207 = private unnamed_addr constant [19 x i8] c"g_1262[i][j].f0.f5\00", align 1
@.str.208 = private unnamed_addr constant [19 x i8] c"g_1262[i][j].f0.f6\00", align 1
@.str.209 = private unnamed_addr constant [19 x i8] c"g_1262[i][j].f0.f7\00", align 1
@.str.210 = private unnamed_addr constant [19 x i8] c"g_1262[i][j].f0.f8\00", align 1
@.str.211 = private unnamed_addr constant [16 x i8] c"g_1262[i][j].f1\00", align 1
@.str.212 = private unnamed_addr constant [16 x i8] c"g_1262[i][j].f2\00", align 1
@.str.213 = private unnamed_addr constant [16 x i8] c"g_1262[i][j].f3\00", align 1
@.str.214 = private unnamed_addr constant [18 x i8] c"index = [%d][%d]\0A\00", align 1
@.str.215 = private unnamed_addr constant [10 x i8] c"g_1364.f0\00", align 1
@.str.216 = private unnamed_addr constant [10 x i8] c"g_1364.f1\00", align 1
@.str.217 = private unnamed_addr constant [10 x i8] c"g_1364.f2\00", align 1
@.str.218 = private unnamed_addr constant [10 x i8] c"g_1364.f3\00", align 1
@.str.219 = private unnamed_addr constant [13 x i8] c"g_1389[i].f0\00", align 1
@.str.220 = private unnamed_addr constant [13 x i8] c"g_1389[i].f1\00", align 1
@.str.221 = private unnamed_addr constant [13 x i8] c"g_1389[i].f2\00", align 1
@.str.222 = private unnamed_addr constant [13 x i8] c"g_1389[i].f3\00", align 1
@.str.223 = private unnamed_addr constant [13 x i8] c"g_1389[i].f4\00", align 1
@.str.224 = private unnamed_addr constant [13 x i8] c"g_1389[i].f5\00", align 1
@.str.225 = private unnamed_addr constant [13 x i8] c"g_1389[i].f6\00", align 1
@.str.226 = private unnamed_addr constant [13 x i8] c"g_1389[i].f7\00", align 1
@.str.227 = private unnamed_addr constant [13 x i8] c"g_1389[i].f8\00", align 1
@.str.228 = private unnamed_addr constant [10 x i8] c"g_1437.f0\00", align 1
@.str.229 = private unnamed_addr constant [10 x i8] c"g_1437.f1\00", align 1
@.str.230 = private unnamed_addr constant [10 x i8] c"g_1437.f2\00", align 1
@.str.231 = private unnamed_addr constant [10 x i8] c"g_1437.f3\00", align 1
@.str.232 = private unnamed_addr constant [10 x i8] c"g_1437.f4\00", align 1
@.str.233 = private unnamed_addr constant [10 x i8] c"g_1437.f5\00", align 1
@.str.234 = private unnamed_addr constant [10 x i8] c"g_1437.f6\00", align 1
@.str.235 = private unnamed_addr constant [10 x i8] c"g_1437.f7\00", align 1
@.str.236 = private unnamed_addr constant [10 x i8] c"g_1437.f8\00", align 1
@g_1548 = internal global i32 5, align 4
@.str.237 = private unnamed_addr constant [7 x i8] c"g_1548\00", align 1
@g_1589 = internal global i32 1324992157, align 4
@.str.238 = private unnamed_addr constant [7 x i8] c"g_1589\00", align 1
@.str.239 = private unnamed_addr constant [10 x i8] c"g_1596.f0\00", align 1
@.str.240 = private unnamed_addr constant [10 x i8] c"g_1596.f1\00", align 1
@.str.241 = private unnamed_addr constant [10 x i8] c"g_1596.f2\00", align 1
@.str.242 = private unnamed_addr constant [10 x i8] c"g_1596.f3\00", align 1
@.str.243 = private unnamed_addr constant [10 x i8] c"g_1609.f0\00", align 1
@.str.244 = private unnamed_addr constant [10 x i8] c"g_1609.f1\00", align 1
@.str.245 = private unnamed_addr constant [10 x i8] c"g_1609.f2\00", align 1
@.str.246 = private unnamed_addr constant [10 x i8] c"g_1609.f3\00", align 1
@.str.247 = private unnamed_addr constant [13 x i8] c"g_1619.f0.f0\00", align 1
@.str.248 = private unnamed_addr constant [13 x i8] c"g_1619.f0.f1\00", align 1
@.str.249 = private unnamed_addr constant [13 x i8] c"g_1619.f0.f2\00", align 1
@.str.250 = private unnamed_addr constant [13 x i8] c"g_1619.f0.f3\00", align 1
@.str.251 = private unnamed_addr constant [13 x i8] c"g_1619.f0.f4\00", align 1
@.str.252 = private unnamed_addr constant [13 x i8] c"g_1619.f0.f5\00", align 1
@.str.253 = private unnamed_addr constant [13 x i8] c"g_1619.f0.f6\00", align 1
@.str.254 = private unnamed_addr constant [13 x i8] c"g_1619.f0.f7\00", align 1
@.str.255 = private unnamed_addr constant [13 x i8] c"g_1619.f0.f8\00", align 1
@.str.256 = private unnamed_addr constant [10 x i8] c"g_1619.f1\00", align 1
@.str.257 = private unnamed_addr constant [10 x i8] c"g_1619.f2\00", align 1
@.str.258 = private unnamed_addr constant [10 x i8] c"g_1619.f3\00", align 1
@.str.259 = private unnamed_addr constant [13 x i8] c"g_1690.f0.f0\00", align 1
@.str.260 = private unnamed_addr constant [13 x i8] c"g_1690.f0.f1\00", align 1
@.str.261 = private unnamed_addr constant [13 x i8] c"g_1690.f0.f2\00", align 1
@.str.262 = private unnamed_addr constant [13 x i8] c"g_1690.f0.f3\00", align 1
@.str.263 = private unnamed_addr constant [13 x i8] c"g_1690.f0.f4\00", align 1
@.str.264 = private unnamed_addr constant [13 x i8] c"g_1690.f0.f5\00", align 1
@.str.265 = private unnamed_addr constant [13 x i8] c"g_1690.f0.f6\00", align 1
@.str.266 = private unnamed_addr constant [13 x i8] c"g_1690.f0.f7\00", align 1
@.str.267 = private unnamed_addr constant [13 x i8] c"g_1690.f0.f8\00", align 1
@.str.268 = private unnamed_addr constant [10 x i8] c"g_1690.f1\00", align 1
@.str.269 = private unnamed_addr constant [10 x i8] c"g_1690.f2\00", align 1
@.str.270 = private unnamed_addr constant [10 x i8] c"g_1690.f3\00", align 1
@.str.271 = private unnamed_addr constant [13 x i8] c"g_1705.f0.f0\00", align 1
@.str.272 = private unnamed_addr constant [13 x i8] c"g_1705.f0.f1\00", align 1
@.str.273 = private unnamed_addr constant [13 x i8] c"g_1705.f0.f2\00", align 1
@.str.274 = private unnamed_addr constant [13 x i8] c"g_1705.f0.f3\00", align 1
@.str.275 = private unnamed_addr constant [13 x i8] c"g_1705.f0.f4\00", align 1
@.str.276 = private unnamed_addr constant [13 x i8] c"g_1705.f0.f5\00", align 1
@.str.277 = private unnamed_addr constant [13 x i8] c"g_1705.f0.f6\00", align 1
@.str.278 = private unnamed_addr constant [13 x i8] c"g_1705.f0.f7\00", align 1
@.str.279 = private unnamed_addr constant [13 x i8] c"g_1705.f0.f8\00", align 1
@.str.280 = private unnamed_addr constant [10 x i8] c"g_1705.f1\00", align 1
@.str.281 = private unnamed_addr constant [10 x i8] c"g_1705.f2\00", align 1
@.str.282 = private unnamed_addr constant [10 x i8] c"g_1705.f3\00", align 1
@.str.283 = private unnamed_addr constant [10 x i8] c"g_1708.f0\00", align 1
@.str.284 = private unnamed_addr constant [10 x i8] c"g_1708.f1\00", align 1
@.str.285 = private unnamed_addr constant [10 x i8] c"g_1708.f2\00", align 1
@.str.286 = private unnamed_addr constant [10 x i8] c"g_1708.f3\00", align 1
@g_1794 = internal global [2 x [8 x i64]] [[8 x i64] [i64 -1997546593958239221, i64 4, i64 -1997546593958239221, i64 4, i64 -1997546593958239221, i64 4, i64 -1997546593958239221, i64 4], [8 x i64] [i64 -1997546593958239221, i64 4, i64 -1997546593958239221, i64 4, i64 -1997546593958239221, i64 4, i64 -1997546593958239221, i64 4]], align 16
@.str.287 = private unnamed_addr constant [13 x i8] c"g_1794[i][j]\00", align 1
@g_1801 = internal global [5 x i32] [i32 1, i32 1, i32 1, i32 1, i32 1], align 16
@.str.288 = private unnamed_addr constant [10 x i8] c"g_1801[i]\00", align 1
@g_1811 = internal global i8 72, align 1
@.str.289 = private unnamed_addr constant [7 x i8] c"g_1811\00", align 1
@.str.290 = private unnamed_addr constant [13 x i8] c"g_1825.f0.f0\00", align 1
@.str.291 = private unnamed_addr constant [13 x i8] c"g_1825.f0.f1\00", align 1
@.str.292 = private unnamed_addr constant [13 x i8] c"g_1825.f0.f2\00", align 1
@.str.293 = private unnamed_addr constant [13 x i8] c"g_1825.f0.f3\00", align 1
@.str.294 = private unnamed_addr constant [13 x i8] c"g_1825.f0.f4\00", align 1
@.str.295 = private unnamed_addr constant [13 x i8] c"g_1825.f0.f5\00", align 1
@.str.296 = private unnamed_addr constant [13 x i8] c"g_1825.f0.f6\00", align 1
@.str.297 = private unnamed_addr constant [13 x i8] c"g_1825.f0.f7\00", align 1
@.str.298 = private unnamed_addr constant [13 x i8] c"g_1825.f0.f8\00", align 1
@.str.299 = private unnamed_addr constant [10 x i8] c"g_1825.f1\00", align 1
@.str.300 = private unnamed_addr constant [10 x i8] c"g_1825.f2\00", align 1
@.str.301 = private unnamed_addr constant [10 x i8] c"g_1825.f3\00", align 1
@.str.302 = private unnamed_addr constant [10 x i8] c"g_1827.f0\00", align 1
@.str.303 = private unnamed_addr constant [10 x i8] c"g_1827.f1\00", align 1
@.str.304 = private unnamed_addr constant [10 x i8] c"g_1827.f2\00", align 1
@.str.305 = private unnamed_addr constant [10 x i8] c"g_1827.f3\00", align 1
@.str.306 = private unnamed_addr constant [10 x i8] c"g_1827.f4\00", align 1
@.str.307 = private unnamed_addr constant [10 x i8] c"g_1827.f5\00", align 1
@.str.308 = private unnamed_addr constant [10 x i8] c"g_1827.f6\00", align 1
@.str.309 = private unnamed_addr constant [10 x i8] c"g_1827.f7\00", align 1
@.str.310 = private unnamed_addr constant [10 x i8] c"g_1827.f8\00", align 1
@.str.311 = private unnamed_addr constant [10 x i8] c"g_2001.f0\00", align 1
@.str.312 = private unnamed_addr constant [10 x i8] c"g_2001.f1\00", align 1
@.str.313 = private unnamed_addr constant [10 x i8] c"g_2001.f2\00", align 1
@.str.314 = private unnamed_addr constant [10 x i8] c"g_2001.f3\00", align 1
@.str.315 = private unnamed_addr constant [10 x i8] c"g_2001.f4\00", align 1
@.str.316 = private unnamed_addr constant [10 x i8] c"g_2001.f5\00", align 1
@.str.317 = private unnamed_addr constant [10 x i8] c"g_2001.f6\00", align 1
@.str.318 = private unnamed_addr constant [10 x i8] c"g_2001.f7\00", align 1
@.str.319 = private unnamed_addr constant [10 x i8] c"g_2001.f8\00", align 1
@.str.320 = private unnamed_addr constant [13 x i8] c"g_2004.f0.f0\00", align 1
@.str.321 = private unnamed_addr constant [13 x i8] c"g_2004.f0.f1\00", align 1
@.str.322 = private unnamed_addr constant [13 x i8] c"g_2004.f0.f2\00", align 1
@.str.323 = private unnamed_addr constant [13 x i8] c"g_2004.f0.f3\00", align 1
@.str.324 = private unnamed_addr constant [13 x i8] c"g_2004.f0.f4\00", align 1
@.str.325 = private unnamed_addr constant [13 x i8] c"g_2004.f0.f5\00", align 1
@.str.326 = private unnamed_addr constant [13 x i8] c"g_2004.f0.f6\00", align 1
@.str.327 = private unnamed_addr constant [13 x i8] c"g_2004.f0.f7\00", align 1
@.str.328 = private unnamed_addr constant [13 x i8] c"g_2004.f0.f8\00", align 1
@.str.329 = private unnamed_addr constant [10 x i8] c"g_2004.f1\00", align 1
@.str.330 = private unnamed_addr constant [10 x i8] c"g_2004.f2\00", align 1
@.str.331 = private unnamed_addr constant [10 x i8] c"g_2004.f3\00", align 1
@.str.332 = private unnamed_addr constant [22 x i8] c"g_2035[i][j][k].f0.f0\00", align 1
@.str.333 = private unnamed_addr constant [22 x i8] c"g_2035[i][j][k].f0.f1\00", align 1
@.str.334 = private unnamed_addr constant [22 x i8] c"g_2035[i][j][k].f0.f2\00", align 1
@.str.335 = private unnamed_addr constant [22 x i8] c"g_2035[i][j][k].f0.f3\00", align 1
@.str.336 = private unnamed_addr constant [22 x i8] c"g_2035[i][j][k].f0.f4\00", align 1
@.str.337 = private unnamed_addr constant [22 x i8] c"g_2035[i][j][k].f0.f5\00", align 1
@.str.338 = private unnamed_addr constant [22 x i8] c"g_2035[i][j][k].f0.f6\00", align 1
@.str.339 = private unnamed_addr constant [22 x i8] c"g_2035[i][j][k].f0.f7\00", align 1
@.str.340 = private unnamed_addr constant [22 x i8] c"g_2035[i][j][k].f0.f8\00", align 1
@.str.341 = private unnamed_addr constant [19 x i8] c"g_2035[i][j][k].f1\00", align 1
@.str.342 = private unnamed_addr constant [19 x i8] c"g_2035[i][j][k].f2\00", align 1
@.str.343 = private unnamed_addr constant [19 x i8] c"g_2035[i][j][k].f3\00", align 1
@.str.344 = private unnamed_addr constant [22 x i8] c"index = [%d][%d][%d]\0A\00", align 1
@.str.345 = private unnamed_addr constant [13 x i8] c"g_2047.f0.f0\00", align 1
@.str.346 = private unnamed_addr constant [13 x i8] c"g_2047.f0.f1\00", align 1
@.str.347 = private unnamed_addr constant [13 x i8] c"g_2047.f0.f2\00", align 1
@.str.348 = private unnamed_addr constant [13 x i8] c"g_2047.f0.f3\00", align 1
@.str.349 = private unnamed_addr constant [13 x i8] c"g_2047.f0.f4\00", align 1
@.str.350 = private unnamed_addr constant [13 x i8] c"g_2047.f0.f5\00", align 1
@.str.351 = private unnamed_addr constant [13 x i8] c"g_2047.f0.f6\00", align 1
@.str.352 = private unnamed_addr constant [13 x i8] c"g_2047.f0.f7\00", align 1
@.str.353 = private unnamed_addr constant [13 x i8] c"g_2047.f0.f8\00", align 1
@.str.354 = private unnamed_addr constant [10 x i8] c"g_2047.f1\00", align 1
@.str.355 = private unnamed_addr constant [10 x i8] c"g_2047.f2\00", align 1
@.str.356 = private unnamed_addr constant [10 x i8] c"g_2047.f3\00", align 1
@.str.357 = private unnamed_addr constant [16 x i8] c"g_2049[i].f0.f0\00", align 1
@.str.358 = private unnamed_addr constant [16 x i8] c"g_2049[i].f0.f1\00", align 1
@.str.359 = private unnamed_addr constant [16 x i8] c"g_2049[i].f0.f2\00", align 1
@.str.360 = private unnamed_addr constant [16 x i8] c"g_2049[i].f0.f3\00", align 1
@.str.361 = private unnamed_addr constant [16 x i8] c"g_2049[i].f0.f4\00", align 1
@.str.362 = private unnamed_addr constant [16 x i8] c"g_2049[i].f0.f5\00", align 1
@.str.363 = private unnamed_addr constant [16 x i8] c"g_2049[i].f0.f6\00", align 1
@.str.364 = private unnamed_addr constant [16 x i8] c"g_2049[i].f0.f7\00", align 1
@.str.365 = private unnamed_addr constant [16 x i8] c"g_2049[i].f0.f8\00", align 1
@.str.366 = private unnamed_addr constant [13 x i8] c"g_2049[i].f1\00", align 1
@.str.367 = private unnamed_addr constant [13 x i8] c"g_2049[i].f2\00", align 1
@.str.368 = private unnamed_addr constant [13 x i8] c"g_2049[i].f3\00", align 1
@.str.369 = private unnamed_addr constant [13 x i8] c"g_2051.f0.f0\00", align 1
@.str.370 = private unnamed_addr constant [13 x i8] c"g_2051.f0.f1\00", align 1
@.str.371 = private unnamed_addr constant [13 x i8] c"g_2051.f0.f2\00", align 1
@.str.372 = private unnamed_addr constant [13 x i8] c"g_2051.f0.f3\00", align 1
@.str.373 = private unnamed_addr constant [13 x i8] c"g_2051.f0.f4\00", align 1
@.str.374 = private unnamed_addr constant [13 x i8] c"g_2051.f0.f5\00", align 1
@.str.375 = private unnamed_addr constant [13 x i8] c"g_2051.f0.f6\00", align 1
@.str.376 = private unnamed_addr constant [13 x i8] c"g_2051.f0.f7\00", align 1
@.str.377 = private unnamed_addr constant [13 x i8] c"g_2051.f0.f8\00", align 1
@.str.378 = private unnamed_addr constant [10 x i8] c"g_2051.f1\00", align 1
@.str.379 = private unnamed_addr constant [10 x i8] c"g_2051.f2\00", align 1
@.str.380 = private unnamed_addr constant [10 x i8] c"g_2051.f3\00", align 1
@.str.381 = private unnamed_addr constant [10 x i8] c"g_2059.f0\00", align 1
@.str.382 = private unnamed_addr constant [10 x i8] c"g_2059.f1\00", align 1
@.str.383 = private unnamed_addr constant [10 x i8] c"g_2059.f2\00", align 1
@.str.384 = private unnamed_addr constant [10 x i8] c"g_2059.f3\00", align 1
@.str.385 = private unnamed_addr constant [10 x i8] c"g_2059.f4\00", align 1
@.str.386 = private unnamed_addr constant [10 x i8] c"g_2059.f5\00", align 1
@.str.387 = private unnamed_addr constant [10 x i8] c"g_2059.f6\00", align 1
@.str.388 = private unnamed_addr constant [10 x i8] c"g_2059.f7\00", align 1
@.str.389 = private unnamed_addr constant [10 x i8] c"g_2059.f8\00", align 1
@.str.390 = private unnamed_addr constant [13 x i8] c"g_2068.f0.f0\00", align 1
@.str.391 = private unnamed_addr constant [13 x i8] c"g_2068.f0.f1\00", align 1
@.str.392 = private unnamed_addr constant [13 x i8] c"g_2068.f0.f2\00", align 1
@.str.393 = private unnamed_addr constant [13 x i8] c"g_2068.f0.f3\00", align 1
@.str.394 = private unnamed_addr constant [13 x i8] c"g_2068.f0.f4\00", align 1
@.str.395 = private unnamed_addr constant [13 x i8] c"g_2068.f0.f5\00", align 1
@.str.396 = private unnamed_addr constant [13 x i8] c"g_2068.f0.f6\00", align 1
@.str.397 = private unnamed_addr constant [13 x i8] c"g_2068.f0.f7\00", align 1
@.str.398 = private unnamed_addr constant [13 x i8] c"g_2068.f0.f8\00", align 1
@.str.399 = private unnamed_addr constant [10 x i8] c"g_2068.f1\00", align 1
@.str.400 = private unnamed_addr constant [10 x i8] c"g_2068.f2\00", align 1
@.str.401 = private unnamed_addr constant [10 x i8] c"g_2068.f3\00", align 1
@g_2085 = internal global i8 -11, align 1
@.str.402 = private unnamed_addr constant [7 x i8] c"g_2085\00", align 1
@.str.403 = private unnamed_addr constant [10 x i8] c"g_2088.f0\00", align 1
@.str.404 = private unnamed_addr constant [10 x i8] c"g_2088.f1\00", align 1
@.str.405 = private unnamed_addr constant [10 x i8] c"g_2088.f2\00", align 1
@.str.406 = private unnamed_addr constant [10 x i8] c"g_2088.f3\00", align 1
@.str.407 = private unnamed_addr constant [10 x i8] c"g_2090.f0\00", align 1
@.str.408 = private unnamed_addr constant [10 x i8] c"g_2090.f1\00", align 1
@.str.409 = private unnamed_addr constant [10 x i8] c"g_2090.f2\00", align 1
@.str.410 = private unnamed_addr constant [10 x i8] c"g_2090.f3\00", align 1
@crc32_context = internal global i32 -1, align 4
@crc32_tab = internal global [256 x i32] zeroinitializer, align 16
@__const.func_1.l_1954 = private unnamed_addr constant { i32, i8, i8, i8, i8 } { i32 0, i8 -17, i8 111, i8 -48, i8 0 }, align 1
@__const.func_1.l_2016 = private unnamed_addr constant [7 x [8 x i32]] [[8 x i32] [i32 -1975136825, i32 7, i32 1419925279, i32 6, i32 -5, i32 1939031534, i32 -1, i32 -1], [8 x i32] [i32 -1052748040, i32 7, i32 1939031534, i32 6, i32 -1, i32 6, i32 1939031534, i32 7], [8 x i32] [i32 -1, i32 -1, i32 -1, i32 2066467446, i32 -1, i32 885198848, i32 -1052748040, i32 -1], [8 x i32] [i32 2066467446, i32 -1, i32 7, i32 -1, i32 -1, i32 -1052748040, i32 -1052748040, i32 -1], [8 x i32] [i32 885198848, i32 -1, i32 -1, i32 885198848, i32 7, i32 -1, i32 1939031534, i32 1134803465], [8 x i32] [i32 7, i32 -1, i32 1939031534, i32 1134803465, i32 198529210, i32 -1975136825, i32 -1, i32 -1], [8 x i32] [i32 6, i32 -1, i32 1419925279, i32 -5, i32 1419925279, i32 -1, i32 6, i32 2066467446]], align 16
@__const.func_1.l_19 = private unnamed_addr constant [1 x [8 x [3 x i16]]] [[8 x [3 x i16]] [[3 x i16] [i16 1, i16 -3, i16 1], [3 x i16] [i16 1, i16 -3, i16 1], [3 x i16] [i16 1, i16 -3, i16 1], [3 x i16] [i16 1, i16 -3, i16 1], [3 x i16] [i16 1, i16 -3, i16 1], [3 x i16] [i16 1, i16 -3, i16 1], [3 x i16] [i16 1, i16 -3, i16 1], [3 x i16] [i16 1, i16 -3, i16 1]]], align 16
@__const.func_1.l_27 = private unnamed_addr constant [9 x [2 x [3 x ptr]]] [[2 x [3 x ptr]] [[3 x ptr] [ptr @g_28, ptr null, ptr null], [3 x ptr] [ptr null, ptr @g_28, ptr @g_28]], [2 x [3 x ptr]] [[3 x ptr] [ptr @g_28, ptr @g_28, ptr @g_28], [3 x ptr] [ptr @g_28, ptr null, ptr @g_28]], [2 x [3 x ptr]] [[3 x ptr] [ptr @g_28, ptr @g_28, ptr null], [3 x ptr] [ptr @g_28, ptr null, ptr null]], [2 x [3 x ptr]] [[3 x ptr] [ptr null, ptr @g_28, ptr @g_28], [3 x ptr] [ptr @g_28, ptr @g_28, ptr @g_28]], [2 x [3 x ptr]] [[3 x ptr] [ptr @g_28, ptr null, ptr @g_28], [3 x ptr] [ptr @g_28, ptr null, ptr @g_28]], [2 x [3 x ptr]] [[3 x ptr] [ptr @g_28, ptr @g_28, ptr @g_28], [3 x ptr] [ptr @g_28, ptr @g_28, ptr @g_28]], [2 x [3 x ptr]] [[3 x ptr] [ptr @g_28, ptr @g_28, ptr @g_28], [3 x ptr] [ptr null, ptr @g_28, ptr @g_28]], [2 x [3 x ptr]] [[3 x ptr] [ptr null, ptr null, ptr @g_28], [3 x ptr] [ptr @g_28, ptr @g_28, ptr @g_28]], [2 x [3 x ptr]] [[3 x ptr] [ptr @g_28, ptr @g_28, ptr @g_28], [3 x ptr] [ptr @g_28, ptr @g_28, ptr @g_28]]], align 16
@g_799 = internal global ptr @g_227, align 8
@g_787 = internal global ptr @g_131, align 8
@__const.func_1.l_1953 = private unnamed_addr constant [4 x [7 x i32]] [[7 x i32] [i32 1726276118, i32 -1, i32 -358839775, i32 -1, i32 1726276118, i32 1726276118, i32 -1], [7 x i32] [i32 233317093, i32 0, i32 233317093, i32 -1, i32 -1, i32 233317093, i32 0], [7 x i32] [i32 -1, i32 0, i32 -358839775, i32 -358839775, i32 0, i32 -1, i32 0], [7 x i32] [i32 233317093, i32 -1, i32 -1, i32 233317093, i32 0, i32 233317093, i32 -1]], align 16
@__const.func_1.l_1955 = private unnamed_addr constant [9 x [3 x ptr]] [[3 x ptr] [ptr null, ptr null, ptr getelementptr (i8, ptr @g_1690, i64 40)], [3 x ptr] [ptr getelementptr (i8, ptr @g_414, i64 40), ptr getelementptr (i8, ptr @g_694, i64 40), ptr getelementptr (i8, ptr @g_694, i64 40)], [3 x ptr] [ptr getelementptr (i8, ptr @g_1690, i64 40), ptr getelementptr (i8, ptr @g_1020, i64 40), ptr getelementptr (i8, ptr @g_694, i64 40)], [3 x ptr] [ptr getelementptr (i8, ptr @g_414, i64 40), ptr getelementptr (i8, ptr @g_694, i64 40), ptr getelementptr (i8, ptr @g_414, i64 40)], [3 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_1690, i64 40), ptr getelementptr (i8, ptr @g_694, i64 40)], [3 x ptr] [ptr getelementptr (i8, ptr @g_1690, i64 40), ptr getelementptr (i8, ptr @g_1690, i64 40), ptr getelementptr (i8, ptr @g_694, i64 40)], [3 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_1690, i64 40), ptr getelementptr (i8, ptr @g_1690, i64 40)], [3 x ptr] [ptr getelementptr (i8, ptr @g_694, i64 40), ptr getelementptr (i8, ptr @g_694, i64 40), ptr @g_208], [3 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_1020, i64 40), ptr null]], align 16
@__const.func_1.l_1957 = private unnamed_addr constant [8 x [10 x i16]] [[10 x i16] [i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0], [10 x i16] [i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0], [10 x i16] [i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0], [10 x i16] [i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0], [10 x i16] [i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0], [10 x i16] [i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0], [10 x i16] [i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0], [10 x i16] [i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0, i16 -7343, i16 0]], align 16
@__const.func_1.l_1969 = private unnamed_addr constant [4 x [6 x [7 x i64]]] [[6 x [7 x i64]] [[7 x i64] [i64 1, i64 -5388845251848925365, i64 1, i64 1, i64 -5388845251848925365, i64 1, i64 1], [7 x i64] [i64 -5388845251848925365, i64 -5388845251848925365, i64 8, i64 -5388845251848925365, i64 -5388845251848925365, i64 8, i64 -5388845251848925365], [7 x i64] [i64 -5388845251848925365, i64 1, i64 1, i64 -5388845251848925365, i64 1, i64 1, i64 -5388845251848925365], [7 x i64] [i64 1, i64 -5388845251848925365, i64 1, i64 1, i64 -5388845251848925365, i64 1, i64 1], [7 x i64] [i64 -5388845251848925365, i64 1, i64 -5388845251848925365, i64 1, i64 1, i64 -5388845251848925365, i64 1], [7 x i64] [i64 1, i64 8, i64 8, i64 1, i64 8, i64 8, i64 1]], [6 x [7 x i64]] [[7 x i64] [i64 8, i64 1, i64 8, i64 8, i64 1, i64 8, i64 8], [7 x i64] [i64 1, i64 1, i64 -5388845251848925365, i64 1, i64 1, i64 -5388845251848925365, i64 1], [7 x i64] [i64 1, i64 8, i64 8, i64 1, i64 8, i64 8, i64 1], [7 x i64] [i64 8, i64 1, i64 8, i64 8, i64 1, i64 8, i64 8], [7 x i64] [i64 1, i64 1, i64 -5388845251848925365, i64 1, i64 1, i64 -5388845251848925365, i64 1], [7 x i64] [i64 1, i64 8, i64 8, i64 1, i64 8, i64 8, i64 1]], [6 x [7 x i64]] [[7 x i64] [i64 8, i64 1, i64 8, i64 8, i64 1, i64 8, i64 8], [7 x i64] [i64 1, i64 1, i64 -5388845251848925365, i64 1, i64 1, i64 -5388845251848925365, i64 1], [7 x i64] [i64 1, i64 8, i64 8, i64 1, i64 8, i64 8, i64 1], [7 x i64] [i64 8, i64 1, i64 8, i64 8, i64 1, i64 8, i64 8], [7 x i64] [i64 1, i64 1, i64 -5388845251848925365, i64 1, i64 1, i64 -5388845251848925365, i64 1], [7 x i64] [i64 1, i64 8, i64 8, i64 1, i64 8, i64 8, i64 1]], [6 x [7 x i64]] [[7 x i64] [i64 8, i64 1, i64 8, i64 8, i64 1, i64 8, i64 8], [7 x i64] [i64 1, i64 1, i64 -5388845251848925365, i64 1, i64 1, i64 -5388845251848925365, i64 1], [7 x i64] [i64 1, i64 8, i64 8, i64 1, i64 8, i64 8, i64 1], [7 x i64] [i64 8, i64 1, i64 8, i64 8, i64 1, i64 8, i64 8], [7 x i64] [i64 1, i64 1, i64 -5388845251848925365, i64 1, i64 1, i64 -5388845251848925365, i64 1], [7 x i64] [i64 1, i64 8, i64 8, i64 1, i64 8, i64 8, i64 1]]], align 16
@g_953 = internal global ptr @g_787, align 8
@__const.func_4.l_1570 = private unnamed_addr constant [3 x [10 x i32]] [[10 x i32] [i32 -8, i32 -1322155025, i32 -8, i32 -1322155025, i32 -8, i32 -1322155025, i32 -8, i32 -1322155025, i32 -8, i32 -1322155025], [10 x i32] [i32 -8, i32 -1322155025, i32 -8, i32 -1322155025, i32 -8, i32 -1322155025, i32 -8, i32 -1322155025, i32 -8, i32 -1322155025], [10 x i32] [i32 -8, i32 -1322155025, i32 -8, i32 -1322155025, i32 -8, i32 -1322155025, i32 -8, i32 -1322155025, i32 -8, i32 -1322155025]], align 16
@__const.func_4.l_1644 = private unnamed_addr constant [8 x i32] [i32 -9, i32 -76713889, i32 -9, i32 -76713889, i32 -9, i32 -76713889, i32 -9, i32 -76713889], align 16
@g_1689 = internal global ptr @g_1690, align 8
@__const.func_4.l_1777 = private unnamed_addr constant [3 x [3 x [3 x i32]]] [[3 x [3 x i32]] [[3 x i32] [i32 1, i32 906256829, i32 1], [3 x i32] [i32 2, i32 -158022291, i32 2], [3 x i32] [i32 1, i32 5, i32 906256829]], [3 x [3 x i32]] [[3 x i32] [i32 2058833545, i32 2058833545, i32 2], [3 x i32] [i32 1, i32 5, i32 5], [3 x i32] [i32 2, i32 -1013352707, i32 -158022291]], [3 x [3 x i32]] [[3 x i32] [i32 1, i32 629570761, i32 1], [3 x i32] [i32 2058833545, i32 2, i32 -158022291], [3 x i32] [i32 1, i32 1, i32 5]]], align 16
@__const.func_4.l_1900 = private unnamed_addr constant [2 x [4 x [7 x i32]]] [[4 x [7 x i32]] [[7 x i32] [i32 1, i32 -1, i32 -1, i32 1, i32 1650414279, i32 1, i32 -1], [7 x i32] [i32 846138156, i32 846138156, i32 -1, i32 -10, i32 -1, i32 846138156, i32 846138156], [7 x i32] [i32 846138156, i32 -1, i32 -10, i32 -1, i32 846138156, i32 846138156, i32 -1], [7 x i32] [i32 1, i32 1650414279, i32 1, i32 -1, i32 -1, i32 1, i32 1650414279]], [4 x [7 x i32]] [[7 x i32] [i32 -1, i32 1650414279, i32 -10, i32 -10, i32 1650414279, i32 -1, i32 1650414279], [7 x i32] [i32 1, i32 -1, i32 -1, i32 1, i32 1650414279, i32 1, i32 -1], [7 x i32] [i32 846138156, i32 846138156, i32 -1, i32 -10, i32 -1, i32 846138156, i32 846138156], [7 x i32] [i32 846138156, i32 -1, i32 -10, i32 -1, i32 846138156, i32 846138156, i32 -1]]], align 16
@__const.func_4.l_1920 = private unnamed_addr constant { i32, i8, i8, i8, i8 } { i32 464485740, i8 63, i8 112, i8 23, i8 0 }, align 1
@g_853 = internal global ptr @g_854, align 8
@__const.func_4.l_1631 = private unnamed_addr constant [2 x [7 x i16]] [[7 x i16] [i16 -31636, i16 9, i16 -14207, i16 -1, i16 -14207, i16 9, i16 -31636], [7 x i16] [i16 -31636, i16 9, i16 -14207, i16 -1, i16 -14207, i16 9, i16 -31636]], align 16
@__const.func_4.l_1680 = private unnamed_addr constant { i32, i8, i8, i8, i8 } { i32 629613876, i8 -46, i8 -97, i8 -113, i8 1 }, align 1
@g_564 = internal global ptr @g_309, align 8
@__const.func_4.l_1775 = private unnamed_addr constant [4 x [5 x [2 x i32]]] [[5 x [2 x i32]] [[2 x i32] [i32 1, i32 0], [2 x i32] [i32 -1293294467, i32 -1293294467], [2 x i32] [i32 -1293294467, i32 0], [2 x i32] [i32 1, i32 -7], [2 x i32] [i32 0, i32 -7]], [5 x [2 x i32]] [[2 x i32] [i32 1, i32 0], [2 x i32] [i32 -1293294467, i32 -1293294467], [2 x i32] [i32 -1293294467, i32 0], [2 x i32] [i32 1, i32 -7], [2 x i32] [i32 0, i32 -7]], [5 x [2 x i32]] [[2 x i32] [i32 1, i32 0], [2 x i32] [i32 -1293294467, i32 -1293294467], [2 x i32] [i32 -1293294467, i32 0], [2 x i32] [i32 1, i32 -7], [2 x i32] [i32 0, i32 -7]], [5 x [2 x i32]] [[2 x i32] [i32 1, i32 0], [2 x i32] [i32 -1293294467, i32 -1293294467], [2 x i32] [i32 -1293294467, i32 0], [2 x i32] [i32 1, i32 -7], [2 x i32] [i32 0, i32 -7]]], align 16
@__const.func_4.l_1820 = private unnamed_addr constant [5 x [4 x [8 x ptr]]] [[4 x [8 x ptr]] [[8 x ptr] [ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772], [8 x ptr] [ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr null, ptr null, ptr @g_772, ptr @g_772], [8 x ptr] [ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772], [8 x ptr] [ptr @g_772, ptr @g_772, ptr null, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772]], [4 x [8 x ptr]] [[8 x ptr] [ptr @g_772, ptr @g_772, ptr @g_772, ptr null, ptr @g_772, ptr @g_772, ptr @g_772, ptr null], [8 x ptr] [ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr null, ptr @g_772, ptr null, ptr @g_772], [8 x ptr] [ptr null, ptr null, ptr null, ptr @g_772, ptr @g_772, ptr @g_772, ptr null, ptr @g_772], [8 x ptr] [ptr null, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr null, ptr @g_772, ptr @g_772]], [4 x [8 x ptr]] [[8 x ptr] [ptr null, ptr @g_772, ptr null, ptr @g_772, ptr @g_772, ptr null, ptr @g_772, ptr @g_772], [8 x ptr] [ptr null, ptr null, ptr @g_772, ptr @g_772, ptr null, ptr @g_772, ptr @g_772, ptr @g_772], [8 x ptr] [ptr @g_772, ptr @g_772, ptr @g_772, ptr null, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772], [8 x ptr] [ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr null, ptr @g_772, ptr @g_772]], [4 x [8 x ptr]] [[8 x ptr] [ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772], [8 x ptr] [ptr @g_772, ptr @g_772, ptr null, ptr @g_772, ptr null, ptr null, ptr @g_772, ptr null], [8 x ptr] [ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr null], [8 x ptr] [ptr @g_772, ptr @g_772, ptr @g_772, ptr null, ptr @g_772, ptr null, ptr @g_772, ptr null]], [4 x [8 x ptr]] [[8 x ptr] [ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr null], [8 x ptr] [ptr @g_772, ptr @g_772, ptr null, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772], [8 x ptr] [ptr null, ptr null, ptr null, ptr @g_772, ptr @g_772, ptr @g_772, ptr null, ptr @g_772], [8 x ptr] [ptr @g_772, ptr @g_772, ptr null, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772, ptr @g_772]]], align 16
@__const.func_4.l_1841 = private unnamed_addr constant [8 x [5 x [3 x ptr]]] [[5 x [3 x ptr]] [[3 x ptr] [ptr @g_40, ptr getelementptr (i8, ptr @g_870, i64 16), ptr getelementptr (i8, ptr @g_1437, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_1690, i64 16), ptr null, ptr getelementptr (i8, ptr @g_1020, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_1619, i64 16), ptr getelementptr (i8, ptr @g_1619, i64 16), ptr getelementptr (i8, ptr @g_1437, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_1262, i64 16), ptr getelementptr (i8, ptr @g_1619, i64 16), ptr getelementptr (i8, ptr @g_1825, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_1619, i64 16), ptr getelementptr (i8, ptr @g_870, i64 16), ptr null]], [5 x [3 x ptr]] [[3 x ptr] [ptr getelementptr (i8, ptr @g_1690, i64 16), ptr getelementptr (i8, ptr @g_1619, i64 16), ptr getelementptr (i8, ptr @g_1020, i64 16)], [3 x ptr] [ptr @g_40, ptr getelementptr (i8, ptr @g_1619, i64 16), ptr null], [3 x ptr] [ptr getelementptr (i8, ptr @g_1262, i64 16), ptr null, ptr getelementptr (i8, ptr @g_1825, i64 16)], [3 x ptr] [ptr @g_40, ptr getelementptr (i8, ptr @g_870, i64 16), ptr getelementptr (i8, ptr @g_1437, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_1690, i64 16), ptr null, ptr getelementptr (i8, ptr @g_1020, i64 16)]], [5 x [3 x ptr]] [[3 x ptr] [ptr getelementptr (i8, ptr @g_1619, i64 16), ptr getelementptr (i8, ptr @g_1619, i64 16), ptr getelementptr (i8, ptr @g_1437, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_1262, i64 16), ptr getelementptr (i8, ptr @g_1619, i64 16), ptr getelementptr (i8, ptr @g_1825, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_1619, i64 16), ptr getelementptr (i8, ptr @g_870, i64 16), ptr null], [3 x ptr] [ptr getelementptr (i8, ptr @g_1690, i64 16), ptr getelementptr (i8, ptr @g_1619, i64 16), ptr getelementptr (i8, ptr @g_1825, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_1437, i64 16), ptr getelementptr (i8, ptr @g_1020, i64 16), ptr getelementptr (i8, ptr @g_870, i64 16)]], [5 x [3 x ptr]] [[3 x ptr] [ptr getelementptr (i8, ptr @g_414, i64 16), ptr null, ptr getelementptr (i8, ptr @g_1262, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_1437, i64 16), ptr null, ptr getelementptr (i8, ptr @g_414, i64 16)], [3 x ptr] [ptr null, ptr null, ptr getelementptr (i8, ptr @g_1825, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_1020, i64 16), ptr getelementptr (i8, ptr @g_1020, i64 16), ptr getelementptr (i8, ptr @g_414, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_414, i64 16), ptr getelementptr (i8, ptr @g_414, i64 16), ptr getelementptr (i8, ptr @g_1262, i64 16)]], [5 x [3 x ptr]] [[3 x ptr] [ptr getelementptr (i8, ptr @g_1020, i64 16), ptr null, ptr getelementptr (i8, ptr @g_870, i64 16)], [3 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_414, i64 16), ptr getelementptr (i8, ptr @g_1825, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_1437, i64 16), ptr getelementptr (i8, ptr @g_1020, i64 16), ptr getelementptr (i8, ptr @g_870, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_414, i64 16), ptr null, ptr getelementptr (i8, ptr @g_1262, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_1437, i64 16), ptr null, ptr getelementptr (i8, ptr @g_414, i64 16)]], [5 x [3 x ptr]] [[3 x ptr] [ptr null, ptr null, ptr getelementptr (i8, ptr @g_1825, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_1020, i64 16), ptr getelementptr (i8, ptr @g_1020, i64 16), ptr getelementptr (i8, ptr @g_414, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_414, i64 16), ptr getelementptr (i8, ptr @g_414, i64 16), ptr getelementptr (i8, ptr @g_1262, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_1020, i64 16), ptr null, ptr getelementptr (i8, ptr @g_870, i64 16)], [3 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_414, i64 16), ptr getelementptr (i8, ptr @g_1825, i64 16)]], [5 x [3 x ptr]] [[3 x ptr] [ptr getelementptr (i8, ptr @g_1437, i64 16), ptr getelementptr (i8, ptr @g_1020, i64 16), ptr getelementptr (i8, ptr @g_870, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_414, i64 16), ptr null, ptr getelementptr (i8, ptr @g_1262, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_1437, i64 16), ptr null, ptr getelementptr (i8, ptr @g_414, i64 16)], [3 x ptr] [ptr null, ptr null, ptr getelementptr (i8, ptr @g_1825, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_1020, i64 16), ptr getelementptr (i8, ptr @g_1020, i64 16), ptr getelementptr (i8, ptr @g_414, i64 16)]], [5 x [3 x ptr]] [[3 x ptr] [ptr getelementptr (i8, ptr @g_414, i64 16), ptr getelementptr (i8, ptr @g_414, i64 16), ptr getelementptr (i8, ptr @g_1262, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_1020, i64 16), ptr null, ptr getelementptr (i8, ptr @g_870, i64 16)], [3 x ptr] [ptr null, ptr getelementptr (i8, ptr @g_414, i64 16), ptr getelementptr (i8, ptr @g_1825, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_1437, i64 16), ptr getelementptr (i8, ptr @g_1020, i64 16), ptr getelementptr (i8, ptr @g_870, i64 16)], [3 x ptr] [ptr getelementptr (i8, ptr @g_414, i64 16), ptr null, ptr getelementptr (i8, ptr @g_1262, i64 16)]]], align 16
@g_579 = internal global ptr @g_28, align 8
@g_308 = internal constant ptr @g_309, align 8
@g_1234 = internal global ptr null, align 8
@g_1861 = internal constant ptr @g_1862, align 8
@__const.func_4.l_1881 = private unnamed_addr constant [9 x ptr] [ptr null, ptr null, ptr @g_839, ptr null, ptr null, ptr @g_839, ptr null, ptr null, ptr @g_839], align 16
@__const.func_4.l_1882 = private unnamed_addr constant [2 x [10 x [5 x ptr]]] [[10 x [5 x ptr]] [[5 x ptr] [ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579], [5 x ptr] [ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579], [5 x ptr] [ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579], [5 x ptr] [ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579], [5 x ptr] [ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579], [5 x ptr] [ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579], [5 x ptr] [ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579], [5 x ptr] [ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579], [5 x ptr] [ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579], [5 x ptr] [ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579]], [10 x [5 x ptr]] [[5 x ptr] [ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579], [5 x ptr] [ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579, ptr @g_579], [5 x ptr] [ptr @g_579, ptr @g_579, ptr null, ptr @g_579, ptr @g_579], [5 x ptr] [ptr @g_579, ptr @g_579, ptr null, ptr @g_579, ptr @g_579], [5 x ptr] [ptr @g_579, ptr @g_579, ptr null, ptr @g_579, ptr @g_579], [5 x ptr] [ptr @g_579, ptr @g_579, ptr null, ptr @g_579, ptr @g_579], [5 x ptr] [ptr @g_579, ptr @g_579, ptr null, ptr @g_579, ptr @g_579], [5 x ptr] [ptr @g_579, ptr @g_579, ptr null, ptr @g_579, ptr @g_579], [5 x ptr] [ptr @g_579, ptr @g_579, ptr null, ptr @g_579, ptr @g_579], [5 x ptr] [ptr @g_579, ptr @g_579, ptr null, ptr @g_579, ptr @g_579]]], align 16
@g_697 = internal global ptr @g_579, align 8
@__const.func_4.l_1896 = private unnamed_addr constant { i32, i8, i8, i8, i8 } { i32 3, i8 63, i8 -112, i8 15, i8 1 }, align 1
@g_891 = internal global ptr @g_579, align 8
@g_1611 = internal global ptr getelementptr (i8, ptr @g_722, i64 40), align 8
@g_854 = internal global ptr @g_855, align 8
@g_951 = internal global ptr @g_952, align 8
@g_1814 = internal global ptr @g_1815, align 8
@g_1592 = internal global ptr @g_799, align 8
@g_518 = internal global ptr @g_416, align 8
@g_952 = internal global ptr @g_953, align 8
@g_309 = internal global ptr @g_40, align 8
@g_1862 = internal global ptr getelementptr (i8, ptr @g_1863, i64 56), align 8
@g_1863 = internal global [9 x ptr] [ptr @g_1864, ptr @g_1864, ptr @g_1864, ptr @g_1864, ptr @g_1864, ptr @g_1864, ptr @g_1864, ptr @g_1864, ptr @g_1864], align 16
@g_1864 = internal global ptr null, align 8
@g_855 = internal global ptr getelementptr (i8, ptr @g_231, i64 4), align 8
@g_1815 = internal global ptr @g_1816, align 8
@g_1816 = internal global ptr getelementptr (i8, ptr @g_1020, i64 12), align 8
@g_416 = internal global ptr @g_414, align 8
@__const.func_12.l_1506 = private unnamed_addr constant [9 x [5 x i64]] [[5 x i64] [i64 -1, i64 -8531108657227214298, i64 -4977070376827605679, i64 -8531108657227214298, i64 -1], [5 x i64] [i64 9, i64 3934844803188724735, i64 9090444010338600134, i64 3934844803188724735, i64 9], [5 x i64] [i64 -1, i64 -8531108657227214298, i64 -4977070376827605679, i64 -8531108657227214298, i64 -1], [5 x i64] [i64 9, i64 3934844803188724735, i64 9090444010338600134, i64 3934844803188724735, i64 9], [5 x i64] [i64 -1, i64 -8531108657227214298, i64 -4977070376827605679, i64 -8531108657227214298, i64 -1], [5 x i64] [i64 9, i64 3934844803188724735, i64 9090444010338600134, i64 3934844803188724735, i64 9], [5 x i64] [i64 -1, i64 -8531108657227214298, i64 -4977070376827605679, i64 -8531108657227214298, i64 -1], [5 x i64] [i64 9, i64 3934844803188724735, i64 9090444010338600134, i64 3934844803188724735, i64 9], [5 x i64] [i64 -1, i64 -8531108657227214298, i64 -4977070376827605679, i64 -8531108657227214298, i64 -1]], align 16
@__const.func_12.l_1512 = private unnamed_addr constant [4 x i32] [i32 -101436508, i32 -101436508, i32 -101436508, i32 -101436508], align 16
@constinit = private constant [7 x ptr] [ptr @g_478, ptr @g_28, ptr @g_839, ptr @g_28, ptr @g_478, ptr @g_839, ptr @g_847], align 8
@constinit.411 = private constant [7 x ptr] [ptr @g_28, ptr @g_847, ptr @g_131, ptr @g_28, ptr @g_131, ptr @g_847, ptr @g_28], align 8
@constinit.412 = private constant [7 x ptr] [ptr @g_847, ptr @g_26, ptr @g_26, ptr @g_847, ptr @g_839, ptr @g_478, ptr @g_28], align 8
@constinit.413 = private constant [7 x ptr] [ptr @g_204, ptr null, ptr null, ptr @g_204, ptr @g_478, ptr @g_28, ptr @g_26], align 8
@constinit.414 = private constant [7 x ptr] [ptr null, ptr null, ptr @g_204, ptr @g_28, ptr @g_204, ptr null, ptr null], align 8
@constinit.415 = private constant [7 x ptr] [ptr @g_28, ptr @g_478, ptr @g_839, ptr @g_839, ptr @g_839, ptr @g_839, ptr @g_478], align 8
@__const.func_20.l_1129 = private unnamed_addr constant [7 x [3 x [8 x i32]]] [[3 x [8 x i32]] [[8 x i32] [i32 282476653, i32 282476653, i32 -1, i32 -10, i32 0, i32 101929704, i32 1395240667, i32 -5], [8 x i32] [i32 -390593799, i32 -6, i32 0, i32 1857824586, i32 1, i32 -1497927593, i32 989087448, i32 -5], [8 x i32] [i32 -6, i32 631718947, i32 1216196665, i32 -10, i32 -1678279574, i32 -668975493, i32 -1, i32 -6]], [3 x [8 x i32]] [[8 x i32] [i32 1, i32 -1, i32 1, i32 6, i32 -5, i32 -179994866, i32 8, i32 -9], [8 x i32] [i32 -10, i32 1825776314, i32 -1, i32 1886978747, i32 -51708964, i32 -709023870, i32 1, i32 -592137405], [8 x i32] [i32 -668975493, i32 -445112349, i32 -2026890685, i32 1, i32 1767867356, i32 0, i32 0, i32 0]], [3 x [8 x i32]] [[8 x i32] [i32 -10, i32 9, i32 -246606033, i32 -1, i32 5, i32 -6, i32 5, i32 -1977711807], [8 x i32] [i32 -7, i32 1, i32 1216196665, i32 -4, i32 1886978747, i32 -574871453, i32 1843223765, i32 0], [8 x i32] [i32 -607893457, i32 101929704, i32 0, i32 282476653, i32 1767867356, i32 1, i32 -405698774, i32 1]], [3 x [8 x i32]] [[8 x i32] [i32 -246606033, i32 989087448, i32 0, i32 -574871453, i32 0, i32 989087448, i32 -246606033, i32 1], [8 x i32] [i32 1, i32 1527922823, i32 5, i32 -218634982, i32 -709023870, i32 6, i32 5, i32 0], [8 x i32] [i32 0, i32 0, i32 282476653, i32 -445112349, i32 -709023870, i32 1857824586, i32 -1, i32 -574871453]], [3 x [8 x i32]] [[8 x i32] [i32 1, i32 -246606033, i32 -1, i32 0, i32 0, i32 -4, i32 0, i32 -6], [8 x i32] [i32 -246606033, i32 9, i32 -10, i32 0, i32 1767867356, i32 -1678279574, i32 1, i32 -246606033], [8 x i32] [i32 -607893457, i32 548483502, i32 -1678279574, i32 1, i32 1886978747, i32 1, i32 -5, i32 0]], [3 x [8 x i32]] [[8 x i32] [i32 -7, i32 -51708964, i32 0, i32 1843223765, i32 5, i32 1395240667, i32 -10, i32 1], [8 x i32] [i32 -10, i32 -2026890685, i32 -607893457, i32 1527922823, i32 548483502, i32 -299201048, i32 1, i32 101929704], [8 x i32] [i32 -299201048, i32 -709023870, i32 5, i32 -1, i32 1, i32 -2026890685, i32 -694849035, i32 6]], [3 x [8 x i32]] [[8 x i32] [i32 -1497927593, i32 0, i32 1216196665, i32 -2026890685, i32 0, i32 1857824586, i32 1857824586, i32 0], [8 x i32] [i32 989087448, i32 101929704, i32 101929704, i32 989087448, i32 -7, i32 -709023870, i32 -8, i32 -299201048], [8 x i32] [i32 -246606033, i32 -607893457, i32 -592137405, i32 1857824586, i32 1216196665, i32 282476653, i32 5, i32 1]]], align 16
@__const.func_20.l_1191 = private unnamed_addr constant [9 x [6 x i8]] [[6 x i8] c"h\F6\FD\FD\F6h", [6 x i8] c"h\FD\05\F6\F6\05", [6 x i8] c"\F6\F6\05\FDhh", [6 x i8] c"\F6\FD\FD\F6h\05", [6 x i8] c"h\F6\FD\FD\F6h", [6 x i8] c"h\FD\05\F6\F6\05", [6 x i8] c"\F6\F6\05\FDhh", [6 x i8] c"\F6\FD\FD\F6h\05", [6 x i8] c"h\F6\FD\FD\F6h"], align 16
@__const.func_20.l_1264 = private unnamed_addr constant [7 x [9 x i64]] [[9 x i64] [i64 -6224993683022175197, i64 -2, i64 -7448723588146963311, i64 -7, i64 -2, i64 1, i64 -1, i64 -7448723588146963311, i64 -7448723588146963311], [9 x i64] [i64 0, i64 2037171740460191590, i64 -4522038824401349254, i64 -4002140379150188557, i64 -4522038824401349254, i64 2037171740460191590, i64 0, i64 -4522038824401349254, i64 -4574678012454293868], [9 x i64] [i64 7416644002546464831, i64 -2, i64 -5032409423498239087, i64 -6224993683022175197, i64 1, i64 -5032409423498239087, i64 -1, i64 -5032409423498239087, i64 1], [9 x i64] [i64 1474213752693420562, i64 -4522038824401349254, i64 -4522038824401349254, i64 1474213752693420562, i64 1, i64 1, i64 0, i64 -4522038824401349254, i64 1], [9 x i64] [i64 3, i64 1, i64 -7448723588146963311, i64 -6224993683022175197, i64 0, i64 0, i64 -6224993683022175197, i64 -7448723588146963311, i64 1], [9 x i64] [i64 0, i64 1, i64 -4574678012454293868, i64 -4002140379150188557, i64 1, i64 -4522038824401349254, i64 -6216256636160981651, i64 -4574678012454293868, i64 -4574678012454293868], [9 x i64] [i64 3, i64 0, i64 1, i64 -7, i64 1, i64 0, i64 3, i64 1, i64 -7448723588146963311]], align 16
@__const.func_20.l_1376 = private unnamed_addr constant { i32, i8, i8, i8, i8 } { i32 1036088818, i8 50, i8 96, i8 -49, i8 0 }, align 1
@__const.func_20.l_1458 = private unnamed_addr constant [7 x [1 x i8]] [[1 x i8] c"\9B", [1 x i8] c"\FF", [1 x i8] c"\9B", [1 x i8] c"\FF", [1 x i8] c"\9B", [1 x i8] c"\FF", [1 x i8] c"\9B"], align 1
@__const.func_20.l_1478 = private unnamed_addr constant [10 x [4 x i16]] [[4 x i16] [i16 359, i16 0, i16 -30684, i16 1], [4 x i16] [i16 1, i16 1, i16 17633, i16 0], [4 x i16] [i16 26770, i16 17633, i16 17633, i16 26770], [4 x i16] [i16 1, i16 -28435, i16 -30684, i16 -3981], [4 x i16] [i16 359, i16 -27946, i16 -3981, i16 0], [4 x i16] [i16 -3981, i16 0, i16 16443, i16 0], [4 x i16] [i16 17633, i16 -27946, i16 1, i16 -3981], [4 x i16] [i16 1, i16 -28435, i16 0, i16 26770], [4 x i16] [i16 1, i16 17633, i16 0, i16 0], [4 x i16] [i16 1, i16 1, i16 0, i16 1]], align 16
@__const.func_20.l_1170 = private unnamed_addr constant [4 x [6 x ptr]] [[6 x ptr] [ptr @g_921, ptr @g_1040, ptr @g_1040, ptr @g_1040, ptr @g_1040, ptr @g_921], [6 x ptr] [ptr @g_414, ptr @g_921, ptr @g_1040, ptr @g_921, ptr @g_414, ptr @g_414], [6 x ptr] [ptr @g_921, ptr @g_921, ptr @g_921, ptr @g_921, ptr @g_1040, ptr @g_921], [6 x ptr] [ptr @g_921, ptr @g_1040, ptr @g_921, ptr @g_921, ptr @g_921, ptr @g_921]], align 16
@__const.func_20.l_1195 = private unnamed_addr constant [7 x [5 x i64]] [[5 x i64] [i64 3, i64 3, i64 -1, i64 0, i64 -1], [5 x i64] [i64 859803800463805908, i64 859803800463805908, i64 -5881446768253612577, i64 7, i64 -5881446768253612577], [5 x i64] [i64 3, i64 3, i64 -1, i64 0, i64 -1], [5 x i64] [i64 859803800463805908, i64 859803800463805908, i64 -5881446768253612577, i64 7, i64 -5881446768253612577], [5 x i64] [i64 3, i64 3, i64 -1, i64 0, i64 -1], [5 x i64] [i64 859803800463805908, i64 859803800463805908, i64 -5881446768253612577, i64 7, i64 -5881446768253612577], [5 x i64] [i64 3, i64 3, i64 -1, i64 0, i64 -1]], align 16
@__const.func_30.l_55 = private unnamed_addr constant [7 x i32] [i32 155154240, i32 -1827884985, i32 -1827884985, i32 155154240, i32 -1827884985, i32 -1827884985, i32 155154240], align 16
@__const.func_30.l_895 = private unnamed_addr constant { i32, i8, i8, i8, i8 } { i32 -6, i8 -42, i8 79, i8 48, i8 0 }, align 1
@__const.func_30.l_897 = private unnamed_addr constant { i32, i8, i8, i8, i8 } { i32 -57606382, i8 58, i8 -96, i8 -96, i8 1 }, align 1
@g_50 = internal global ptr @g_28, align 8
@constinit.416 = private constant [5 x ptr] [ptr @g_28, ptr @g_28, ptr @g_28, ptr @g_28, ptr @g_28], align 8
@.str.417 = private unnamed_addr constant [36 x i8] c"...checksum after hashing %s : %lX\0A\00", align 1
@g_3 = internal global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -116, i8 0, i8 0, i8 35, i8 -128, i8 -45, i8 0, i8 -10 }, align 1
@g_223 = internal global [4 x { i32, i8, i8, i8, i8 }] [{ i32, i8, i8, i8, i8 } { i32 7, i8 15, i8 -96, i8 -81, i8 0 }, { i32, i8, i8, i8, i8 } { i32 7, i8 15, i8 -96, i8 -81, i8 0 }, { i32, i8, i8, i8, i8 } { i32 7, i8 15, i8 -96, i8 -81, i8 0 }, { i32, i8, i8, i8, i8 } { i32 7, i8 15, i8 -96, i8 -81, i8 0 }], align 16
@g_227 = internal global { i32, i8, i8, i8, i8 } { i32 1, i8 -48, i8 127, i8 -16, i8 1 }, align 1
@g_236 = internal global { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 3, i8 1, i8 15, i32 -1, i8 -8, i64 1, i8 -53, i8 0, i8 0, i32 -1, i16 31277 }, align 8
@g_412 = internal constant { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 0, i8 62, i8 2, i32 -374091720, i8 -125, i64 1977075320623058191, i8 -35, i8 -3, i8 31, i32 -1323308698, i16 7 }, i8 0, i16 22388, i32 -1 }, align 8
@g_414 = internal global { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1709917374, i8 13, i8 13, i32 828594362, i8 1, i64 4176035748521255910, i8 -77, i8 0, i8 0, i32 -1, i16 -1785 }, i8 84, i16 14283, i32 -380094378 }, align 8
@g_512 = internal global { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 5, i8 1, i8 9, i32 0, i8 -2, i64 954942207224649931, i8 -38, i8 -3, i8 31, i32 572889171, i16 -24954 }, align 8
@g_574 = internal global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -28, i8 0, i8 -80, i8 -7, i8 127, i8 -19, i8 0, i8 4 }, align 1
@g_594 = internal global [5 x { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }] [{ i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1272806272, i8 -1, i8 11, i32 -1854188425, i8 6, i64 1, i8 -88, i8 2, i8 0, i32 -1047944715, i16 -27456 }, { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1272806272, i8 -1, i8 11, i32 -1854188425, i8 6, i64 1, i8 -88, i8 2, i8 0, i32 -1047944715, i16 -27456 }, { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1272806272, i8 -1, i8 11, i32 -1854188425, i8 6, i64 1, i8 -88, i8 2, i8 0, i32 -1047944715, i16 -27456 }, { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1272806272, i8 -1, i8 11, i32 -1854188425, i8 6, i64 1, i8 -88, i8 2, i8 0, i32 -1047944715, i16 -27456 }, { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1272806272, i8 -1, i8 11, i32 -1854188425, i8 6, i64 1, i8 -88, i8 2, i8 0, i32 -1047944715, i16 -27456 }], align 16
@g_680 = internal constant { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -53, i8 3, i8 32, i8 1, i8 -128, i8 -87, i8 0, i8 -6 }, align 1
@g_694 = internal global { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1, i8 -57, i8 4, i32 1376258749, i8 0, i64 1, i8 -121, i8 -1, i8 31, i32 1235556720, i16 -15284 }, i8 -6, i16 6, i32 -1035293471 }, align 8
@g_722 = internal global { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1585298470, i8 3, i8 4, i32 7, i8 -10, i64 -1, i8 -91, i8 -2, i8 31, i32 1, i16 27669 }, i8 4, i16 1, i32 1316615703 }, align 8
@g_794 = internal global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -32, i8 0, i8 -48, i8 30, i8 0, i8 -26, i8 0, i8 -20 }, align 1
@g_797 = internal global { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -286004577, i8 -77, i8 11, i32 -1748039532, i8 60, i64 1, i8 35, i8 -5, i8 31, i32 -1696780640, i16 -1 }, align 8
@g_866 = internal global [5 x { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }] [{ i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -551654973, i8 -40, i8 15, i32 0, i8 0, i64 -4906003990760050493, i8 51, i8 0, i8 0, i32 1860302351, i16 -28538 }, { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -551654973, i8 -40, i8 15, i32 0, i8 0, i64 -4906003990760050493, i8 51, i8 0, i8 0, i32 1860302351, i16 -28538 }, { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -551654973, i8 -40, i8 15, i32 0, i8 0, i64 -4906003990760050493, i8 51, i8 0, i8 0, i32 1860302351, i16 -28538 }, { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -551654973, i8 -40, i8 15, i32 0, i8 0, i64 -4906003990760050493, i8 51, i8 0, i8 0, i32 1860302351, i16 -28538 }, { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -551654973, i8 -40, i8 15, i32 0, i8 0, i64 -4906003990760050493, i8 51, i8 0, i8 0, i32 1860302351, i16 -28538 }], align 16
@g_870 = internal global { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1676417688, i8 0, i8 6, i32 -2077263292, i8 8, i64 0, i8 -113, i8 0, i8 0, i32 0, i16 -2 }, align 8
@g_882 = internal global { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -2067032287, i8 30, i8 11, i32 0, i8 0, i64 0, i8 31, i8 -1, i8 31, i32 -1115850322, i16 -4 }, i8 -7, i16 6, i32 -1302134007 }, align 8
@g_894 = internal global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -73, i8 -4, i8 127, i8 24, i8 0, i8 -29, i8 0, i8 2 }, align 1
@g_921 = internal global { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -863695179, i8 -8, i8 15, i32 451251533, i8 34, i64 -3, i8 -108, i8 4, i8 0, i32 6, i16 -3682 }, align 8
@g_1020 = internal global { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1, i8 -47, i8 3, i32 1, i8 -6, i64 -1, i8 36, i8 3, i8 0, i32 -426462168, i16 -23727 }, i8 -1, i16 9, i32 -1329748768 }, align 8
@g_1035 = internal global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -115, i8 -2, i8 -113, i8 -5, i8 127, i8 -26, i8 0, i8 20 }, align 1
@g_1040 = internal global { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1, i8 0, i8 13, i32 1, i8 -45, i64 2668173235335118830, i8 -28, i8 3, i8 0, i32 1, i16 27902 }, align 8
@g_1262 = internal global [8 x [3 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }]] [[3 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }] [{ { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }], [3 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }] [{ { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }], [3 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }] [{ { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }], [3 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }] [{ { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }], [3 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }] [{ { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }], [3 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }] [{ { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }], [3 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }] [{ { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }], [3 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }] [{ { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1543965191, i8 2, i8 8, i32 1, i8 1, i64 -1, i8 -39, i8 0, i8 0, i32 -1332380900, i16 6720 }, i8 -1, i16 27334, i32 1 }]], align 16
@g_1364 = internal global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -108, i8 -1, i8 63, i8 41, i8 -128, i8 0, i8 0, i8 -18 }, align 1
@g_1389 = internal global [3 x { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }] [{ i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -789298435, i8 117, i8 13, i32 1, i8 -111, i64 0, i8 -22, i8 -2, i8 31, i32 1887152598, i16 -6937 }, { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -789298435, i8 117, i8 13, i32 1, i8 -111, i64 0, i8 -22, i8 -2, i8 31, i32 1887152598, i16 -6937 }, { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -789298435, i8 117, i8 13, i32 1, i8 -111, i64 0, i8 -22, i8 -2, i8 31, i32 1887152598, i16 -6937 }], align 16
@g_1437 = internal global { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -10, i8 8, i8 15, i32 -1803900622, i8 -8, i64 1, i8 -92, i8 1, i8 0, i32 1910855917, i16 9 }, align 8
@g_1596 = internal global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -112, i8 0, i8 0, i8 8, i8 -128, i8 123, i8 0, i8 -2 }, align 1
@g_1609 = internal global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -7, i8 -1, i8 -1, i8 31, i8 0, i8 110, i8 0, i8 0 }, align 1
@g_1619 = internal global { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1379017346, i8 0, i8 13, i32 -10, i8 32, i64 1, i8 -36, i8 0, i8 0, i32 -7, i16 -14744 }, i8 -1, i16 -1, i32 1 }, align 8
@g_1690 = internal global { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 2003959298, i8 7, i8 0, i32 -5, i8 0, i64 -2529392019978127738, i8 -68, i8 -2, i8 31, i32 -2121826171, i16 9 }, i8 0, i16 -13276, i32 1 }, align 8
@g_1705 = internal global { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 -1, i8 1, i32 -9, i8 68, i64 6, i8 107, i8 -4, i8 31, i32 166749699, i16 -29494 }, i8 -4, i16 0, i32 -1842790951 }, align 8
@g_1708 = internal global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 126, i8 -3, i8 127, i8 -33, i8 127, i8 -33, i8 0, i8 10 }, align 1
@g_1825 = internal global { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1, i8 95, i8 8, i32 1228115340, i8 -113, i64 6, i8 82, i8 2, i8 0, i32 -3, i16 -6 }, i8 -1, i16 -1, i32 -1 }, align 8
@g_1827 = internal global { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -7, i8 -9, i8 13, i32 0, i8 93, i64 1, i8 92, i8 0, i8 0, i32 -4, i16 -4770 }, align 8
@g_2001 = internal global { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1, i8 1, i8 8, i32 35992264, i8 74, i64 1758226031560446314, i8 56, i8 1, i8 0, i32 1, i16 0 }, align 8
@g_2004 = internal global { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1201469153, i8 -5, i8 12, i32 1, i8 -32, i64 -5269251767760114148, i8 -57, i8 -4, i8 31, i32 9, i16 2 }, i8 -3, i16 1, i32 1997409781 }, align 8
@g_2035 = internal global [5 x [2 x [10 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }]]] [[2 x [10 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }]] [[10 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }] [{ { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1917436645, i8 -16, i8 1, i32 -4, i8 -96, i64 8, i8 92, i8 -6, i8 31, i32 1588051933, i16 9 }, i8 125, i16 1, i32 -1270908381 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -257528816, i8 37, i8 14, i32 -652238832, i8 15, i64 1, i8 57, i8 5, i8 0, i32 -63003752, i16 0 }, i8 -9, i16 26293, i32 1749155500 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1071043028, i8 18, i8 15, i32 0, i8 4, i64 -4688467381534194295, i8 30, i8 -2, i8 31, i32 1, i16 12288 }, i8 -4, i16 -1, i32 1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 7, i8 11, i32 8, i8 112, i64 -1, i8 122, i8 -5, i8 31, i32 622696046, i16 -17183 }, i8 -71, i16 7, i32 508913721 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1917436645, i8 -16, i8 1, i32 -4, i8 -96, i64 8, i8 92, i8 -6, i8 31, i32 1588051933, i16 9 }, i8 125, i16 1, i32 -1270908381 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 7, i8 11, i32 8, i8 112, i64 -1, i8 122, i8 -5, i8 31, i32 622696046, i16 -17183 }, i8 -71, i16 7, i32 508913721 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1071043028, i8 18, i8 15, i32 0, i8 4, i64 -4688467381534194295, i8 30, i8 -2, i8 31, i32 1, i16 12288 }, i8 -4, i16 -1, i32 1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -257528816, i8 37, i8 14, i32 -652238832, i8 15, i64 1, i8 57, i8 5, i8 0, i32 -63003752, i16 0 }, i8 -9, i16 26293, i32 1749155500 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1917436645, i8 -16, i8 1, i32 -4, i8 -96, i64 8, i8 92, i8 -6, i8 31, i32 1588051933, i16 9 }, i8 125, i16 1, i32 -1270908381 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -257528816, i8 37, i8 14, i32 -652238832, i8 15, i64 1, i8 57, i8 5, i8 0, i32 -63003752, i16 0 }, i8 -9, i16 26293, i32 1749155500 }], [10 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }] [{ { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1163271104, i8 0, i8 9, i32 -725966579, i8 -7, i64 7462422065948756989, i8 -91, i8 -2, i8 31, i32 1657839476, i16 5 }, i8 -1, i16 -29141, i32 8 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 7, i8 11, i32 8, i8 112, i64 -1, i8 122, i8 -5, i8 31, i32 622696046, i16 -17183 }, i8 -71, i16 7, i32 508913721 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -810710707, i8 0, i8 7, i32 -1, i8 0, i64 9, i8 -115, i8 0, i8 0, i32 -284480195, i16 -22154 }, i8 86, i16 -4, i32 1006101693 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1189515360, i8 6, i8 6, i32 8, i8 74, i64 2, i8 111, i8 5, i8 0, i32 9, i16 1 }, i8 -105, i16 19624, i32 -1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -810710707, i8 0, i8 7, i32 -1, i8 0, i64 9, i8 -115, i8 0, i8 0, i32 -284480195, i16 -22154 }, i8 86, i16 -4, i32 1006101693 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 7, i8 11, i32 8, i8 112, i64 -1, i8 122, i8 -5, i8 31, i32 622696046, i16 -17183 }, i8 -71, i16 7, i32 508913721 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1163271104, i8 0, i8 9, i32 -725966579, i8 -7, i64 7462422065948756989, i8 -91, i8 -2, i8 31, i32 1657839476, i16 5 }, i8 -1, i16 -29141, i32 8 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1189515360, i8 6, i8 6, i32 8, i8 74, i64 2, i8 111, i8 5, i8 0, i32 9, i16 1 }, i8 -105, i16 19624, i32 -1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1163271104, i8 0, i8 9, i32 -725966579, i8 -7, i64 7462422065948756989, i8 -91, i8 -2, i8 31, i32 1657839476, i16 5 }, i8 -1, i16 -29141, i32 8 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 7, i8 11, i32 8, i8 112, i64 -1, i8 122, i8 -5, i8 31, i32 622696046, i16 -17183 }, i8 -71, i16 7, i32 508913721 }]], [2 x [10 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }]] [[10 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }] [{ { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1917436645, i8 -16, i8 1, i32 -4, i8 -96, i64 8, i8 92, i8 -6, i8 31, i32 1588051933, i16 9 }, i8 125, i16 1, i32 -1270908381 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1189515360, i8 6, i8 6, i32 8, i8 74, i64 2, i8 111, i8 5, i8 0, i32 9, i16 1 }, i8 -105, i16 19624, i32 -1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1, i8 -29, i8 4, i32 -10, i8 -3, i64 0, i8 108, i8 4, i8 0, i32 0, i16 -4 }, i8 -18, i16 1, i32 -1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1189515360, i8 6, i8 6, i32 8, i8 74, i64 2, i8 111, i8 5, i8 0, i32 9, i16 1 }, i8 -105, i16 19624, i32 -1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1917436645, i8 -16, i8 1, i32 -4, i8 -96, i64 8, i8 92, i8 -6, i8 31, i32 1588051933, i16 9 }, i8 125, i16 1, i32 -1270908381 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 43, i8 4, i32 -895122063, i8 1, i64 1, i8 -105, i8 -2, i8 31, i32 1, i16 -4 }, i8 57, i16 1, i32 2 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1, i8 -29, i8 4, i32 -10, i8 -3, i64 0, i8 108, i8 4, i8 0, i32 0, i16 -4 }, i8 -18, i16 1, i32 -1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 43, i8 4, i32 -895122063, i8 1, i64 1, i8 -105, i8 -2, i8 31, i32 1, i16 -4 }, i8 57, i16 1, i32 2 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1917436645, i8 -16, i8 1, i32 -4, i8 -96, i64 8, i8 92, i8 -6, i8 31, i32 1588051933, i16 9 }, i8 125, i16 1, i32 -1270908381 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1189515360, i8 6, i8 6, i32 8, i8 74, i64 2, i8 111, i8 5, i8 0, i32 9, i16 1 }, i8 -105, i16 19624, i32 -1 }], [10 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }] [{ { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -810710707, i8 0, i8 7, i32 -1, i8 0, i64 9, i8 -115, i8 0, i8 0, i32 -284480195, i16 -22154 }, i8 86, i16 -4, i32 1006101693 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1189515360, i8 6, i8 6, i32 8, i8 74, i64 2, i8 111, i8 5, i8 0, i32 9, i16 1 }, i8 -105, i16 19624, i32 -1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -810710707, i8 0, i8 7, i32 -1, i8 0, i64 9, i8 -115, i8 0, i8 0, i32 -284480195, i16 -22154 }, i8 86, i16 -4, i32 1006101693 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 7, i8 11, i32 8, i8 112, i64 -1, i8 122, i8 -5, i8 31, i32 622696046, i16 -17183 }, i8 -71, i16 7, i32 508913721 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1163271104, i8 0, i8 9, i32 -725966579, i8 -7, i64 7462422065948756989, i8 -91, i8 -2, i8 31, i32 1657839476, i16 5 }, i8 -1, i16 -29141, i32 8 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1189515360, i8 6, i8 6, i32 8, i8 74, i64 2, i8 111, i8 5, i8 0, i32 9, i16 1 }, i8 -105, i16 19624, i32 -1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1163271104, i8 0, i8 9, i32 -725966579, i8 -7, i64 7462422065948756989, i8 -91, i8 -2, i8 31, i32 1657839476, i16 5 }, i8 -1, i16 -29141, i32 8 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 7, i8 11, i32 8, i8 112, i64 -1, i8 122, i8 -5, i8 31, i32 622696046, i16 -17183 }, i8 -71, i16 7, i32 508913721 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -810710707, i8 0, i8 7, i32 -1, i8 0, i64 9, i8 -115, i8 0, i8 0, i32 -284480195, i16 -22154 }, i8 86, i16 -4, i32 1006101693 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1189515360, i8 6, i8 6, i32 8, i8 74, i64 2, i8 111, i8 5, i8 0, i32 9, i16 1 }, i8 -105, i16 19624, i32 -1 }]], [2 x [10 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }]] [[10 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }] [{ { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1917436645, i8 -16, i8 1, i32 -4, i8 -96, i64 8, i8 92, i8 -6, i8 31, i32 1588051933, i16 9 }, i8 125, i16 1, i32 -1270908381 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 7, i8 11, i32 8, i8 112, i64 -1, i8 122, i8 -5, i8 31, i32 622696046, i16 -17183 }, i8 -71, i16 7, i32 508913721 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1071043028, i8 18, i8 15, i32 0, i8 4, i64 -4688467381534194295, i8 30, i8 -2, i8 31, i32 1, i16 12288 }, i8 -4, i16 -1, i32 1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -257528816, i8 37, i8 14, i32 -652238832, i8 15, i64 1, i8 57, i8 5, i8 0, i32 -63003752, i16 0 }, i8 -9, i16 26293, i32 1749155500 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1917436645, i8 -16, i8 1, i32 -4, i8 -96, i64 8, i8 92, i8 -6, i8 31, i32 1588051933, i16 9 }, i8 125, i16 1, i32 -1270908381 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -257528816, i8 37, i8 14, i32 -652238832, i8 15, i64 1, i8 57, i8 5, i8 0, i32 -63003752, i16 0 }, i8 -9, i16 26293, i32 1749155500 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1071043028, i8 18, i8 15, i32 0, i8 4, i64 -4688467381534194295, i8 30, i8 -2, i8 31, i32 1, i16 12288 }, i8 -4, i16 -1, i32 1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 7, i8 11, i32 8, i8 112, i64 -1, i8 122, i8 -5, i8 31, i32 622696046, i16 -17183 }, i8 -71, i16 7, i32 508913721 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1917436645, i8 -16, i8 1, i32 -4, i8 -96, i64 8, i8 92, i8 -6, i8 31, i32 1588051933, i16 9 }, i8 125, i16 1, i32 -1270908381 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 7, i8 11, i32 8, i8 112, i64 -1, i8 122, i8 -5, i8 31, i32 622696046, i16 -17183 }, i8 -71, i16 7, i32 508913721 }], [10 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }] [{ { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1163271104, i8 0, i8 9, i32 -725966579, i8 -7, i64 7462422065948756989, i8 -91, i8 -2, i8 31, i32 1657839476, i16 5 }, i8 -1, i16 -29141, i32 8 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -257528816, i8 37, i8 14, i32 -652238832, i8 15, i64 1, i8 57, i8 5, i8 0, i32 -63003752, i16 0 }, i8 -9, i16 26293, i32 1749155500 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -810710707, i8 0, i8 7, i32 -1, i8 0, i64 9, i8 -115, i8 0, i8 0, i32 -284480195, i16 -22154 }, i8 86, i16 -4, i32 1006101693 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 43, i8 4, i32 -895122063, i8 1, i64 1, i8 -105, i8 -2, i8 31, i32 1, i16 -4 }, i8 57, i16 1, i32 2 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -810710707, i8 0, i8 7, i32 -1, i8 0, i64 9, i8 -115, i8 0, i8 0, i32 -284480195, i16 -22154 }, i8 86, i16 -4, i32 1006101693 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -257528816, i8 37, i8 14, i32 -652238832, i8 15, i64 1, i8 57, i8 5, i8 0, i32 -63003752, i16 0 }, i8 -9, i16 26293, i32 1749155500 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1163271104, i8 0, i8 9, i32 -725966579, i8 -7, i64 7462422065948756989, i8 -91, i8 -2, i8 31, i32 1657839476, i16 5 }, i8 -1, i16 -29141, i32 8 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 43, i8 4, i32 -895122063, i8 1, i64 1, i8 -105, i8 -2, i8 31, i32 1, i16 -4 }, i8 57, i16 1, i32 2 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1163271104, i8 0, i8 9, i32 -725966579, i8 -7, i64 7462422065948756989, i8 -91, i8 -2, i8 31, i32 1657839476, i16 5 }, i8 -1, i16 -29141, i32 8 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -257528816, i8 37, i8 14, i32 -652238832, i8 15, i64 1, i8 57, i8 5, i8 0, i32 -63003752, i16 0 }, i8 -9, i16 26293, i32 1749155500 }]], [2 x [10 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }]] [[10 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }] [{ { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1917436645, i8 -16, i8 1, i32 -4, i8 -96, i64 8, i8 92, i8 -6, i8 31, i32 1588051933, i16 9 }, i8 125, i16 1, i32 -1270908381 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 43, i8 4, i32 -895122063, i8 1, i64 1, i8 -105, i8 -2, i8 31, i32 1, i16 -4 }, i8 57, i16 1, i32 2 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1, i8 -29, i8 4, i32 -10, i8 -3, i64 0, i8 108, i8 4, i8 0, i32 0, i16 -4 }, i8 -18, i16 1, i32 -1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 43, i8 4, i32 -895122063, i8 1, i64 1, i8 -105, i8 -2, i8 31, i32 1, i16 -4 }, i8 57, i16 1, i32 2 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1917436645, i8 -16, i8 1, i32 -4, i8 -96, i64 8, i8 92, i8 -6, i8 31, i32 1588051933, i16 9 }, i8 125, i16 1, i32 -1270908381 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1189515360, i8 6, i8 6, i32 8, i8 74, i64 2, i8 111, i8 5, i8 0, i32 9, i16 1 }, i8 -105, i16 19624, i32 -1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1, i8 -29, i8 4, i32 -10, i8 -3, i64 0, i8 108, i8 4, i8 0, i32 0, i16 -4 }, i8 -18, i16 1, i32 -1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1189515360, i8 6, i8 6, i32 8, i8 74, i64 2, i8 111, i8 5, i8 0, i32 9, i16 1 }, i8 -105, i16 19624, i32 -1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1917436645, i8 -16, i8 1, i32 -4, i8 -96, i64 8, i8 92, i8 -6, i8 31, i32 1588051933, i16 9 }, i8 125, i16 1, i32 -1270908381 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 43, i8 4, i32 -895122063, i8 1, i64 1, i8 -105, i8 -2, i8 31, i32 1, i16 -4 }, i8 57, i16 1, i32 2 }], [10 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }] [{ { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -810710707, i8 0, i8 7, i32 -1, i8 0, i64 9, i8 -115, i8 0, i8 0, i32 -284480195, i16 -22154 }, i8 86, i16 -4, i32 1006101693 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 43, i8 4, i32 -895122063, i8 1, i64 1, i8 -105, i8 -2, i8 31, i32 1, i16 -4 }, i8 57, i16 1, i32 2 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -810710707, i8 0, i8 7, i32 -1, i8 0, i64 9, i8 -115, i8 0, i8 0, i32 -284480195, i16 -22154 }, i8 86, i16 -4, i32 1006101693 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -257528816, i8 37, i8 14, i32 -652238832, i8 15, i64 1, i8 57, i8 5, i8 0, i32 -63003752, i16 0 }, i8 -9, i16 26293, i32 1749155500 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1163271104, i8 0, i8 9, i32 -725966579, i8 -7, i64 7462422065948756989, i8 -91, i8 -2, i8 31, i32 1657839476, i16 5 }, i8 -1, i16 -29141, i32 8 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 43, i8 4, i32 -895122063, i8 1, i64 1, i8 -105, i8 -2, i8 31, i32 1, i16 -4 }, i8 57, i16 1, i32 2 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1163271104, i8 0, i8 9, i32 -725966579, i8 -7, i64 7462422065948756989, i8 -91, i8 -2, i8 31, i32 1657839476, i16 5 }, i8 -1, i16 -29141, i32 8 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -257528816, i8 37, i8 14, i32 -652238832, i8 15, i64 1, i8 57, i8 5, i8 0, i32 -63003752, i16 0 }, i8 -9, i16 26293, i32 1749155500 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -810710707, i8 0, i8 7, i32 -1, i8 0, i64 9, i8 -115, i8 0, i8 0, i32 -284480195, i16 -22154 }, i8 86, i16 -4, i32 1006101693 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 43, i8 4, i32 -895122063, i8 1, i64 1, i8 -105, i8 -2, i8 31, i32 1, i16 -4 }, i8 57, i16 1, i32 2 }]], [2 x [10 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }]] [[10 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }] [{ { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1917436645, i8 -16, i8 1, i32 -4, i8 -96, i64 8, i8 92, i8 -6, i8 31, i32 1588051933, i16 9 }, i8 125, i16 1, i32 -1270908381 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -257528816, i8 37, i8 14, i32 -652238832, i8 15, i64 1, i8 57, i8 5, i8 0, i32 -63003752, i16 0 }, i8 -9, i16 26293, i32 1749155500 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1071043028, i8 18, i8 15, i32 0, i8 4, i64 -4688467381534194295, i8 30, i8 -2, i8 31, i32 1, i16 12288 }, i8 -4, i16 -1, i32 1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 7, i8 11, i32 8, i8 112, i64 -1, i8 122, i8 -5, i8 31, i32 622696046, i16 -17183 }, i8 -71, i16 7, i32 508913721 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1917436645, i8 -16, i8 1, i32 -4, i8 -96, i64 8, i8 92, i8 -6, i8 31, i32 1588051933, i16 9 }, i8 125, i16 1, i32 -1270908381 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 7, i8 11, i32 8, i8 112, i64 -1, i8 122, i8 -5, i8 31, i32 622696046, i16 -17183 }, i8 -71, i16 7, i32 508913721 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1071043028, i8 18, i8 15, i32 0, i8 4, i64 -4688467381534194295, i8 30, i8 -2, i8 31, i32 1, i16 12288 }, i8 -4, i16 -1, i32 1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -257528816, i8 37, i8 14, i32 -652238832, i8 15, i64 1, i8 57, i8 5, i8 0, i32 -63003752, i16 0 }, i8 -9, i16 26293, i32 1749155500 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1917436645, i8 -16, i8 1, i32 -4, i8 -96, i64 8, i8 92, i8 -6, i8 31, i32 1588051933, i16 9 }, i8 125, i16 1, i32 -1270908381 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -257528816, i8 37, i8 14, i32 -652238832, i8 15, i64 1, i8 57, i8 5, i8 0, i32 -63003752, i16 0 }, i8 -9, i16 26293, i32 1749155500 }], [10 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }] [{ { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1163271104, i8 0, i8 9, i32 -725966579, i8 -7, i64 7462422065948756989, i8 -91, i8 -2, i8 31, i32 1657839476, i16 5 }, i8 -1, i16 -29141, i32 8 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 7, i8 11, i32 8, i8 112, i64 -1, i8 122, i8 -5, i8 31, i32 622696046, i16 -17183 }, i8 -71, i16 7, i32 508913721 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -810710707, i8 0, i8 7, i32 -1, i8 0, i64 9, i8 -115, i8 0, i8 0, i32 -284480195, i16 -22154 }, i8 86, i16 -4, i32 1006101693 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1189515360, i8 6, i8 6, i32 8, i8 74, i64 2, i8 111, i8 5, i8 0, i32 9, i16 1 }, i8 -105, i16 19624, i32 -1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -810710707, i8 0, i8 7, i32 -1, i8 0, i64 9, i8 -115, i8 0, i8 0, i32 -284480195, i16 -22154 }, i8 86, i16 -4, i32 1006101693 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 7, i8 11, i32 8, i8 112, i64 -1, i8 122, i8 -5, i8 31, i32 622696046, i16 -17183 }, i8 -71, i16 7, i32 508913721 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1163271104, i8 0, i8 9, i32 -725966579, i8 -7, i64 7462422065948756989, i8 -91, i8 -2, i8 31, i32 1657839476, i16 5 }, i8 -1, i16 -29141, i32 8 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1189515360, i8 6, i8 6, i32 8, i8 74, i64 2, i8 111, i8 5, i8 0, i32 9, i16 1 }, i8 -105, i16 19624, i32 -1 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1163271104, i8 0, i8 9, i32 -725966579, i8 -7, i64 7462422065948756989, i8 -91, i8 -2, i8 31, i32 1657839476, i16 5 }, i8 -1, i16 -29141, i32 8 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 7, i8 11, i32 8, i8 112, i64 -1, i8 122, i8 -5, i8 31, i32 622696046, i16 -17183 }, i8 -71, i16 7, i32 508913721 }]]], align 16
@g_2047 = internal global { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 2063818133, i8 -5, i8 3, i32 -6, i8 48, i64 9, i8 -43, i8 -4, i8 31, i32 578992897, i16 -24411 }, i8 1, i16 17384, i32 1880782139 }, align 8
@g_2049 = internal global [9 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }] [{ { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 704081609, i8 0, i8 3, i32 1, i8 -15, i64 0, i8 39, i8 5, i8 0, i32 -80906190, i16 -27548 }, i8 -115, i16 4762, i32 1577530660 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 704081609, i8 0, i8 3, i32 1, i8 -15, i64 0, i8 39, i8 5, i8 0, i32 -80906190, i16 -27548 }, i8 -115, i16 4762, i32 1577530660 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 0, i8 -5, i8 5, i32 1, i8 44, i64 363171439751840036, i8 -7, i8 -3, i8 31, i32 -4, i16 32600 }, i8 -72, i16 7, i32 -935108966 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 704081609, i8 0, i8 3, i32 1, i8 -15, i64 0, i8 39, i8 5, i8 0, i32 -80906190, i16 -27548 }, i8 -115, i16 4762, i32 1577530660 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 704081609, i8 0, i8 3, i32 1, i8 -15, i64 0, i8 39, i8 5, i8 0, i32 -80906190, i16 -27548 }, i8 -115, i16 4762, i32 1577530660 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 0, i8 -5, i8 5, i32 1, i8 44, i64 363171439751840036, i8 -7, i8 -3, i8 31, i32 -4, i16 32600 }, i8 -72, i16 7, i32 -935108966 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 704081609, i8 0, i8 3, i32 1, i8 -15, i64 0, i8 39, i8 5, i8 0, i32 -80906190, i16 -27548 }, i8 -115, i16 4762, i32 1577530660 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 704081609, i8 0, i8 3, i32 1, i8 -15, i64 0, i8 39, i8 5, i8 0, i32 -80906190, i16 -27548 }, i8 -115, i16 4762, i32 1577530660 }, { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 0, i8 -5, i8 5, i32 1, i8 44, i64 363171439751840036, i8 -7, i8 -3, i8 31, i32 -4, i16 32600 }, i8 -72, i16 7, i32 -935108966 }], align 16
@g_2051 = internal global { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -5, i8 -8, i8 6, i32 3, i8 -77, i64 0, i8 -15, i8 0, i8 0, i32 -557947975, i16 9725 }, i8 76, i16 -31214, i32 7 }, align 8
@g_2059 = internal global { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 -1, i8 1, i8 12, i32 1976771927, i8 8, i64 4, i8 39, i8 0, i8 0, i32 7, i16 0 }, align 8
@g_2068 = internal global { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 } { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 } { i32 1272338028, i8 1, i8 14, i32 -763821124, i8 -45, i64 1313813602529671113, i8 30, i8 5, i8 0, i32 -9, i16 1 }, i8 9, i16 -24075, i32 953468856 }, align 8
@g_2088 = internal global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -28, i8 0, i8 16, i8 19, i8 -128, i8 85, i8 0, i8 6 }, align 1
@g_2090 = internal global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 28, i8 -4, i8 47, i8 16, i8 0, i8 -11, i8 0, i8 10 }, align 1
@.str.462 = private unnamed_addr constant [15 x i8] c"checksum = %X\0A\00", align 1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca %struct.S2, align 1
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store ptr %1, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %6) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %7) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %8) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %9) #6
  store i32 0, ptr %9, align 4, !tbaa !5
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = icmp eq i32 %11, 2
  br i1 %12, label %13, label %20

13:                                               ; preds = %2
  %14 = load ptr, ptr %5, align 8, !tbaa !9
  %15 = getelementptr inbounds ptr, ptr %14, i64 1
  %16 = load ptr, ptr %15, align 8, !tbaa !9
  %17 = call i32 @strcmp(ptr noundef %16, ptr noundef @.str) #7
  %18 = icmp eq i32 %17, 0
  br i1 %18, label %19, label %20

19:                                               ; preds = %13
  store i32 1, ptr %9, align 4, !tbaa !5
  br label %20

20:                                               ; preds = %19, %13, %2
  call void @platform_main_begin() #8
  call void @crc32_gentab() #8
  %21 = call i64 @func_1() #8
  %22 = getelementptr inbounds %struct.S2, ptr %10, i32 0, i32 0
  store i64 %21, ptr %22, align 1
  %23 = load volatile i16, ptr @g_2, align 2, !tbaa !11
  %24 = sext i16 %23 to i64
  %25 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %24, ptr noundef @.str.1, i32 noundef %25) #8
  %26 = load i64, ptr @g_3, align 1
  %27 = shl i64 %26, 44
  %28 = ashr i64 %27, 44
  %29 = trunc i64 %28 to i32
  %30 = sext i32 %29 to i64
  %31 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %30, ptr noundef @.str.2, i32 noundef %31) #8
  %32 = load i64, ptr @g_3, align 1
  %33 = shl i64 %32, 25
  %34 = ashr i64 %33, 45
  %35 = trunc i64 %34 to i32
  %36 = sext i32 %35 to i64
  %37 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %36, ptr noundef @.str.3, i32 noundef %37) #8
  %38 = load volatile i64, ptr @g_3, align 1
  %39 = lshr i64 %38, 39
  %40 = and i64 %39, 262143
  %41 = trunc i64 %40 to i32
  %42 = zext i32 %41 to i64
  %43 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %42, ptr noundef @.str.4, i32 noundef %43) #8
  %44 = load i64, ptr @g_3, align 1
  %45 = ashr i64 %44, 57
  %46 = trunc i64 %45 to i32
  %47 = sext i32 %46 to i64
  %48 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %47, ptr noundef @.str.5, i32 noundef %48) #8
  %49 = load i32, ptr @g_26, align 4, !tbaa !5
  %50 = sext i32 %49 to i64
  %51 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %50, ptr noundef @.str.6, i32 noundef %51) #8
  %52 = load i32, ptr @g_28, align 4, !tbaa !5
  %53 = sext i32 %52 to i64
  %54 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %53, ptr noundef @.str.7, i32 noundef %54) #8
  %55 = load i64, ptr @g_40, align 8, !tbaa !13
  %56 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %55, ptr noundef @.str.8, i32 noundef %56) #8
  %57 = load i16, ptr @g_43, align 2, !tbaa !11
  %58 = zext i16 %57 to i64
  %59 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %58, ptr noundef @.str.9, i32 noundef %59) #8
  %60 = load i16, ptr @g_47, align 2, !tbaa !11
  %61 = zext i16 %60 to i64
  %62 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %61, ptr noundef @.str.10, i32 noundef %62) #8
  %63 = load i32, ptr @g_86, align 4, !tbaa !5
  %64 = sext i32 %63 to i64
  %65 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %64, ptr noundef @.str.11, i32 noundef %65) #8
  %66 = load i32, ptr @g_131, align 4, !tbaa !5
  %67 = sext i32 %66 to i64
  %68 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %67, ptr noundef @.str.12, i32 noundef %68) #8
  %69 = load i8, ptr @g_136, align 1, !tbaa !15
  %70 = sext i8 %69 to i64
  %71 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %70, ptr noundef @.str.13, i32 noundef %71) #8
  %72 = load i8, ptr @g_138, align 1, !tbaa !15
  %73 = sext i8 %72 to i64
  %74 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %73, ptr noundef @.str.14, i32 noundef %74) #8
  %75 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef 4813494725799481139, ptr noundef @.str.15, i32 noundef %75) #8
  %76 = load i32, ptr @g_204, align 4, !tbaa !5
  %77 = sext i32 %76 to i64
  %78 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %77, ptr noundef @.str.16, i32 noundef %78) #8
  %79 = load i8, ptr @g_208, align 1, !tbaa !15
  %80 = zext i8 %79 to i64
  %81 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %80, ptr noundef @.str.17, i32 noundef %81) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %82

82:                                               ; preds = %126, %20
  %83 = load i32, ptr %6, align 4, !tbaa !5
  %84 = icmp slt i32 %83, 4
  br i1 %84, label %85, label %129

85:                                               ; preds = %82
  %86 = load i32, ptr %6, align 4, !tbaa !5
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds [4 x %struct.S1], ptr @g_223, i64 0, i64 %87
  %89 = getelementptr inbounds %struct.S1, ptr %88, i32 0, i32 0
  %90 = load volatile i32, ptr %89, align 8, !tbaa !16
  %91 = sext i32 %90 to i64
  %92 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %91, ptr noundef @.str.18, i32 noundef %92) #8
  %93 = load i32, ptr %6, align 4, !tbaa !5
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds [4 x %struct.S1], ptr @g_223, i64 0, i64 %94
  %96 = getelementptr inbounds %struct.S1, ptr %95, i32 0, i32 1
  %97 = load volatile i32, ptr %96, align 4
  %98 = shl i32 %97, 20
  %99 = ashr i32 %98, 20
  %100 = sext i32 %99 to i64
  %101 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %100, ptr noundef @.str.19, i32 noundef %101) #8
  %102 = load i32, ptr %6, align 4, !tbaa !5
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds [4 x %struct.S1], ptr @g_223, i64 0, i64 %103
  %105 = getelementptr inbounds %struct.S1, ptr %104, i32 0, i32 1
  %106 = load volatile i32, ptr %105, align 4
  %107 = shl i32 %106, 13
  %108 = ashr i32 %107, 25
  %109 = sext i32 %108 to i64
  %110 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %109, ptr noundef @.str.20, i32 noundef %110) #8
  %111 = load i32, ptr %6, align 4, !tbaa !5
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds [4 x %struct.S1], ptr @g_223, i64 0, i64 %112
  %114 = getelementptr inbounds %struct.S1, ptr %113, i32 0, i32 1
  %115 = load volatile i32, ptr %114, align 4
  %116 = lshr i32 %115, 19
  %117 = and i32 %116, 4095
  %118 = zext i32 %117 to i64
  %119 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %118, ptr noundef @.str.21, i32 noundef %119) #8
  %120 = load i32, ptr %9, align 4, !tbaa !5
  %121 = icmp ne i32 %120, 0
  br i1 %121, label %122, label %125

122:                                              ; preds = %85
  %123 = load i32, ptr %6, align 4, !tbaa !5
  %124 = call i32 (ptr, ...) @printf(ptr noundef @.str.22, i32 noundef %123) #8
  br label %125

125:                                              ; preds = %122, %85
  br label %126

126:                                              ; preds = %125
  %127 = load i32, ptr %6, align 4, !tbaa !5
  %128 = add nsw i32 %127, 1
  store i32 %128, ptr %6, align 4, !tbaa !5
  br label %82, !llvm.loop !18

129:                                              ; preds = %82
  %130 = load i32, ptr @g_227, align 1, !tbaa !16
  %131 = sext i32 %130 to i64
  %132 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %131, ptr noundef @.str.23, i32 noundef %132) #8
  %133 = load i32, ptr getelementptr inbounds (%struct.S1, ptr @g_227, i32 0, i32 1), align 1
  %134 = shl i32 %133, 20
  %135 = ashr i32 %134, 20
  %136 = sext i32 %135 to i64
  %137 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %136, ptr noundef @.str.24, i32 noundef %137) #8
  %138 = load i32, ptr getelementptr inbounds (%struct.S1, ptr @g_227, i32 0, i32 1), align 1
  %139 = shl i32 %138, 13
  %140 = ashr i32 %139, 25
  %141 = sext i32 %140 to i64
  %142 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %141, ptr noundef @.str.25, i32 noundef %142) #8
  %143 = load i32, ptr getelementptr inbounds (%struct.S1, ptr @g_227, i32 0, i32 1), align 1
  %144 = lshr i32 %143, 19
  %145 = and i32 %144, 4095
  %146 = zext i32 %145 to i64
  %147 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %146, ptr noundef @.str.26, i32 noundef %147) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %148

148:                                              ; preds = %164, %129
  %149 = load i32, ptr %6, align 4, !tbaa !5
  %150 = icmp slt i32 %149, 6
  br i1 %150, label %151, label %167

151:                                              ; preds = %148
  %152 = load i32, ptr %6, align 4, !tbaa !5
  %153 = sext i32 %152 to i64
  %154 = getelementptr inbounds [6 x i16], ptr @g_231, i64 0, i64 %153
  %155 = load i16, ptr %154, align 2, !tbaa !11
  %156 = sext i16 %155 to i64
  %157 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %156, ptr noundef @.str.27, i32 noundef %157) #8
  %158 = load i32, ptr %9, align 4, !tbaa !5
  %159 = icmp ne i32 %158, 0
  br i1 %159, label %160, label %163

160:                                              ; preds = %151
  %161 = load i32, ptr %6, align 4, !tbaa !5
  %162 = call i32 (ptr, ...) @printf(ptr noundef @.str.22, i32 noundef %161) #8
  br label %163

163:                                              ; preds = %160, %151
  br label %164

164:                                              ; preds = %163
  %165 = load i32, ptr %6, align 4, !tbaa !5
  %166 = add nsw i32 %165, 1
  store i32 %166, ptr %6, align 4, !tbaa !5
  br label %148, !llvm.loop !20

167:                                              ; preds = %148
  %168 = load volatile i32, ptr @g_236, align 8, !tbaa !21
  %169 = zext i32 %168 to i64
  %170 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %169, ptr noundef @.str.28, i32 noundef %170) #8
  %171 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_236, i32 0, i32 1), align 4, !tbaa !23
  %172 = sext i8 %171 to i64
  %173 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %172, ptr noundef @.str.29, i32 noundef %173) #8
  %174 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_236, i32 0, i32 2), align 1
  %175 = zext i8 %174 to i32
  %176 = zext i32 %175 to i64
  %177 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %176, ptr noundef @.str.30, i32 noundef %177) #8
  %178 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_236, i32 0, i32 3), align 8, !tbaa !24
  %179 = zext i32 %178 to i64
  %180 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %179, ptr noundef @.str.31, i32 noundef %180) #8
  %181 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_236, i32 0, i32 4), align 4, !tbaa !25
  %182 = sext i8 %181 to i64
  %183 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %182, ptr noundef @.str.32, i32 noundef %183) #8
  %184 = load volatile i64, ptr getelementptr inbounds (%struct.S0, ptr @g_236, i32 0, i32 5), align 8, !tbaa !26
  %185 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %184, ptr noundef @.str.33, i32 noundef %185) #8
  %186 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_236, i32 0, i32 6), align 8
  %187 = shl i32 %186, 11
  %188 = ashr i32 %187, 11
  %189 = sext i32 %188 to i64
  %190 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %189, ptr noundef @.str.34, i32 noundef %190) #8
  %191 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_236, i32 0, i32 7), align 4, !tbaa !27
  %192 = zext i32 %191 to i64
  %193 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %192, ptr noundef @.str.35, i32 noundef %193) #8
  %194 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr @g_236, i32 0, i32 8), align 8, !tbaa !28
  %195 = sext i16 %194 to i64
  %196 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %195, ptr noundef @.str.36, i32 noundef %196) #8
  %197 = load i32, ptr @g_331, align 4, !tbaa !5
  %198 = zext i32 %197 to i64
  %199 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %198, ptr noundef @.str.37, i32 noundef %199) #8
  %200 = load volatile i32, ptr @g_412, align 8, !tbaa !29
  %201 = zext i32 %200 to i64
  %202 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %201, ptr noundef @.str.38, i32 noundef %202) #8
  %203 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_412, i32 0, i32 1), align 4, !tbaa !31
  %204 = sext i8 %203 to i64
  %205 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %204, ptr noundef @.str.39, i32 noundef %205) #8
  %206 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_412, i32 0, i32 2), align 1
  %207 = zext i8 %206 to i32
  %208 = zext i32 %207 to i64
  %209 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %208, ptr noundef @.str.40, i32 noundef %209) #8
  %210 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_412, i32 0, i32 3), align 8, !tbaa !32
  %211 = zext i32 %210 to i64
  %212 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %211, ptr noundef @.str.41, i32 noundef %212) #8
  %213 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_412, i32 0, i32 4), align 4, !tbaa !33
  %214 = sext i8 %213 to i64
  %215 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %214, ptr noundef @.str.42, i32 noundef %215) #8
  %216 = load volatile i64, ptr getelementptr inbounds (%struct.S0, ptr @g_412, i32 0, i32 5), align 8, !tbaa !34
  %217 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %216, ptr noundef @.str.43, i32 noundef %217) #8
  %218 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_412, i32 0, i32 6), align 8
  %219 = shl i32 %218, 11
  %220 = ashr i32 %219, 11
  %221 = sext i32 %220 to i64
  %222 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %221, ptr noundef @.str.44, i32 noundef %222) #8
  %223 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_412, i32 0, i32 7), align 4, !tbaa !35
  %224 = zext i32 %223 to i64
  %225 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %224, ptr noundef @.str.45, i32 noundef %225) #8
  %226 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr @g_412, i32 0, i32 8), align 8, !tbaa !36
  %227 = sext i16 %226 to i64
  %228 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %227, ptr noundef @.str.46, i32 noundef %228) #8
  %229 = load volatile i8, ptr getelementptr inbounds (%struct.S3, ptr @g_412, i32 0, i32 1), align 8, !tbaa !37
  %230 = zext i8 %229 to i64
  %231 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %230, ptr noundef @.str.47, i32 noundef %231) #8
  %232 = load volatile i16, ptr getelementptr inbounds (%struct.S3, ptr @g_412, i32 0, i32 2), align 2, !tbaa !38
  %233 = zext i16 %232 to i64
  %234 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %233, ptr noundef @.str.48, i32 noundef %234) #8
  %235 = load volatile i32, ptr getelementptr inbounds (%struct.S3, ptr @g_412, i32 0, i32 3), align 4, !tbaa !39
  %236 = sext i32 %235 to i64
  %237 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %236, ptr noundef @.str.49, i32 noundef %237) #8
  %238 = load volatile i32, ptr @g_414, align 8, !tbaa !29
  %239 = zext i32 %238 to i64
  %240 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %239, ptr noundef @.str.50, i32 noundef %240) #8
  %241 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_414, i32 0, i32 1), align 4, !tbaa !31
  %242 = sext i8 %241 to i64
  %243 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %242, ptr noundef @.str.51, i32 noundef %243) #8
  %244 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_414, i32 0, i32 2), align 1
  %245 = zext i8 %244 to i32
  %246 = zext i32 %245 to i64
  %247 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %246, ptr noundef @.str.52, i32 noundef %247) #8
  %248 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_414, i32 0, i32 3), align 8, !tbaa !32
  %249 = zext i32 %248 to i64
  %250 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %249, ptr noundef @.str.53, i32 noundef %250) #8
  %251 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_414, i32 0, i32 4), align 4, !tbaa !33
  %252 = sext i8 %251 to i64
  %253 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %252, ptr noundef @.str.54, i32 noundef %253) #8
  %254 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_414, i32 0, i32 5), align 8, !tbaa !34
  %255 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %254, ptr noundef @.str.55, i32 noundef %255) #8
  %256 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_414, i32 0, i32 6), align 8
  %257 = shl i32 %256, 11
  %258 = ashr i32 %257, 11
  %259 = sext i32 %258 to i64
  %260 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %259, ptr noundef @.str.56, i32 noundef %260) #8
  %261 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_414, i32 0, i32 7), align 4, !tbaa !35
  %262 = zext i32 %261 to i64
  %263 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %262, ptr noundef @.str.57, i32 noundef %263) #8
  %264 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_414, i32 0, i32 8), align 8, !tbaa !36
  %265 = sext i16 %264 to i64
  %266 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %265, ptr noundef @.str.58, i32 noundef %266) #8
  %267 = load i8, ptr getelementptr inbounds (%struct.S3, ptr @g_414, i32 0, i32 1), align 8, !tbaa !37
  %268 = zext i8 %267 to i64
  %269 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %268, ptr noundef @.str.59, i32 noundef %269) #8
  %270 = load i16, ptr getelementptr inbounds (%struct.S3, ptr @g_414, i32 0, i32 2), align 2, !tbaa !38
  %271 = zext i16 %270 to i64
  %272 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %271, ptr noundef @.str.60, i32 noundef %272) #8
  %273 = load volatile i32, ptr getelementptr inbounds (%struct.S3, ptr @g_414, i32 0, i32 3), align 4, !tbaa !39
  %274 = sext i32 %273 to i64
  %275 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %274, ptr noundef @.str.61, i32 noundef %275) #8
  %276 = load i32, ptr @g_478, align 4, !tbaa !5
  %277 = sext i32 %276 to i64
  %278 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %277, ptr noundef @.str.62, i32 noundef %278) #8
  %279 = load i32, ptr @g_479, align 4, !tbaa !5
  %280 = sext i32 %279 to i64
  %281 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %280, ptr noundef @.str.63, i32 noundef %281) #8
  %282 = load volatile i32, ptr @g_512, align 8, !tbaa !21
  %283 = zext i32 %282 to i64
  %284 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %283, ptr noundef @.str.64, i32 noundef %284) #8
  %285 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_512, i32 0, i32 1), align 4, !tbaa !23
  %286 = sext i8 %285 to i64
  %287 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %286, ptr noundef @.str.65, i32 noundef %287) #8
  %288 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_512, i32 0, i32 2), align 1
  %289 = zext i8 %288 to i32
  %290 = zext i32 %289 to i64
  %291 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %290, ptr noundef @.str.66, i32 noundef %291) #8
  %292 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_512, i32 0, i32 3), align 8, !tbaa !24
  %293 = zext i32 %292 to i64
  %294 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %293, ptr noundef @.str.67, i32 noundef %294) #8
  %295 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_512, i32 0, i32 4), align 4, !tbaa !25
  %296 = sext i8 %295 to i64
  %297 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %296, ptr noundef @.str.68, i32 noundef %297) #8
  %298 = load volatile i64, ptr getelementptr inbounds (%struct.S0, ptr @g_512, i32 0, i32 5), align 8, !tbaa !26
  %299 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %298, ptr noundef @.str.69, i32 noundef %299) #8
  %300 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_512, i32 0, i32 6), align 8
  %301 = shl i32 %300, 11
  %302 = ashr i32 %301, 11
  %303 = sext i32 %302 to i64
  %304 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %303, ptr noundef @.str.70, i32 noundef %304) #8
  %305 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_512, i32 0, i32 7), align 4, !tbaa !27
  %306 = zext i32 %305 to i64
  %307 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %306, ptr noundef @.str.71, i32 noundef %307) #8
  %308 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr @g_512, i32 0, i32 8), align 8, !tbaa !28
  %309 = sext i16 %308 to i64
  %310 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %309, ptr noundef @.str.72, i32 noundef %310) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %311

311:                                              ; preds = %327, %167
  %312 = load i32, ptr %6, align 4, !tbaa !5
  %313 = icmp slt i32 %312, 2
  br i1 %313, label %314, label %330

314:                                              ; preds = %311
  %315 = load i32, ptr %6, align 4, !tbaa !5
  %316 = sext i32 %315 to i64
  %317 = getelementptr inbounds [2 x i32], ptr @g_526, i64 0, i64 %316
  %318 = load i32, ptr %317, align 4, !tbaa !5
  %319 = zext i32 %318 to i64
  %320 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %319, ptr noundef @.str.73, i32 noundef %320) #8
  %321 = load i32, ptr %9, align 4, !tbaa !5
  %322 = icmp ne i32 %321, 0
  br i1 %322, label %323, label %326

323:                                              ; preds = %314
  %324 = load i32, ptr %6, align 4, !tbaa !5
  %325 = call i32 (ptr, ...) @printf(ptr noundef @.str.22, i32 noundef %324) #8
  br label %326

326:                                              ; preds = %323, %314
  br label %327

327:                                              ; preds = %326
  %328 = load i32, ptr %6, align 4, !tbaa !5
  %329 = add nsw i32 %328, 1
  store i32 %329, ptr %6, align 4, !tbaa !5
  br label %311, !llvm.loop !40

330:                                              ; preds = %311
  %331 = load i64, ptr @g_574, align 1
  %332 = shl i64 %331, 44
  %333 = ashr i64 %332, 44
  %334 = trunc i64 %333 to i32
  %335 = sext i32 %334 to i64
  %336 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %335, ptr noundef @.str.74, i32 noundef %336) #8
  %337 = load i64, ptr @g_574, align 1
  %338 = shl i64 %337, 25
  %339 = ashr i64 %338, 45
  %340 = trunc i64 %339 to i32
  %341 = sext i32 %340 to i64
  %342 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %341, ptr noundef @.str.75, i32 noundef %342) #8
  %343 = load volatile i64, ptr @g_574, align 1
  %344 = lshr i64 %343, 39
  %345 = and i64 %344, 262143
  %346 = trunc i64 %345 to i32
  %347 = zext i32 %346 to i64
  %348 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %347, ptr noundef @.str.76, i32 noundef %348) #8
  %349 = load i64, ptr @g_574, align 1
  %350 = ashr i64 %349, 57
  %351 = trunc i64 %350 to i32
  %352 = sext i32 %351 to i64
  %353 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %352, ptr noundef @.str.77, i32 noundef %353) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %354

354:                                              ; preds = %429, %330
  %355 = load i32, ptr %6, align 4, !tbaa !5
  %356 = icmp slt i32 %355, 5
  br i1 %356, label %357, label %432

357:                                              ; preds = %354
  %358 = load i32, ptr %6, align 4, !tbaa !5
  %359 = sext i32 %358 to i64
  %360 = getelementptr inbounds [5 x %struct.S0], ptr @g_594, i64 0, i64 %359
  %361 = getelementptr inbounds %struct.S0, ptr %360, i32 0, i32 0
  %362 = load volatile i32, ptr %361, align 8, !tbaa !21
  %363 = zext i32 %362 to i64
  %364 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %363, ptr noundef @.str.78, i32 noundef %364) #8
  %365 = load i32, ptr %6, align 4, !tbaa !5
  %366 = sext i32 %365 to i64
  %367 = getelementptr inbounds [5 x %struct.S0], ptr @g_594, i64 0, i64 %366
  %368 = getelementptr inbounds %struct.S0, ptr %367, i32 0, i32 1
  %369 = load volatile i8, ptr %368, align 4, !tbaa !23
  %370 = sext i8 %369 to i64
  %371 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %370, ptr noundef @.str.79, i32 noundef %371) #8
  %372 = load i32, ptr %6, align 4, !tbaa !5
  %373 = sext i32 %372 to i64
  %374 = getelementptr inbounds [5 x %struct.S0], ptr @g_594, i64 0, i64 %373
  %375 = getelementptr inbounds %struct.S0, ptr %374, i32 0, i32 2
  %376 = load volatile i8, ptr %375, align 1
  %377 = zext i8 %376 to i32
  %378 = zext i32 %377 to i64
  %379 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %378, ptr noundef @.str.80, i32 noundef %379) #8
  %380 = load i32, ptr %6, align 4, !tbaa !5
  %381 = sext i32 %380 to i64
  %382 = getelementptr inbounds [5 x %struct.S0], ptr @g_594, i64 0, i64 %381
  %383 = getelementptr inbounds %struct.S0, ptr %382, i32 0, i32 3
  %384 = load volatile i32, ptr %383, align 8, !tbaa !24
  %385 = zext i32 %384 to i64
  %386 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %385, ptr noundef @.str.81, i32 noundef %386) #8
  %387 = load i32, ptr %6, align 4, !tbaa !5
  %388 = sext i32 %387 to i64
  %389 = getelementptr inbounds [5 x %struct.S0], ptr @g_594, i64 0, i64 %388
  %390 = getelementptr inbounds %struct.S0, ptr %389, i32 0, i32 4
  %391 = load volatile i8, ptr %390, align 4, !tbaa !25
  %392 = sext i8 %391 to i64
  %393 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %392, ptr noundef @.str.82, i32 noundef %393) #8
  %394 = load i32, ptr %6, align 4, !tbaa !5
  %395 = sext i32 %394 to i64
  %396 = getelementptr inbounds [5 x %struct.S0], ptr @g_594, i64 0, i64 %395
  %397 = getelementptr inbounds %struct.S0, ptr %396, i32 0, i32 5
  %398 = load volatile i64, ptr %397, align 8, !tbaa !26
  %399 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %398, ptr noundef @.str.83, i32 noundef %399) #8
  %400 = load i32, ptr %6, align 4, !tbaa !5
  %401 = sext i32 %400 to i64
  %402 = getelementptr inbounds [5 x %struct.S0], ptr @g_594, i64 0, i64 %401
  %403 = getelementptr inbounds %struct.S0, ptr %402, i32 0, i32 6
  %404 = load volatile i32, ptr %403, align 8
  %405 = shl i32 %404, 11
  %406 = ashr i32 %405, 11
  %407 = sext i32 %406 to i64
  %408 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %407, ptr noundef @.str.84, i32 noundef %408) #8
  %409 = load i32, ptr %6, align 4, !tbaa !5
  %410 = sext i32 %409 to i64
  %411 = getelementptr inbounds [5 x %struct.S0], ptr @g_594, i64 0, i64 %410
  %412 = getelementptr inbounds %struct.S0, ptr %411, i32 0, i32 7
  %413 = load volatile i32, ptr %412, align 4, !tbaa !27
  %414 = zext i32 %413 to i64
  %415 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %414, ptr noundef @.str.85, i32 noundef %415) #8
  %416 = load i32, ptr %6, align 4, !tbaa !5
  %417 = sext i32 %416 to i64
  %418 = getelementptr inbounds [5 x %struct.S0], ptr @g_594, i64 0, i64 %417
  %419 = getelementptr inbounds %struct.S0, ptr %418, i32 0, i32 8
  %420 = load volatile i16, ptr %419, align 8, !tbaa !28
  %421 = sext i16 %420 to i64
  %422 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %421, ptr noundef @.str.86, i32 noundef %422) #8
  %423 = load i32, ptr %9, align 4, !tbaa !5
  %424 = icmp ne i32 %423, 0
  br i1 %424, label %425, label %428

425:                                              ; preds = %357
  %426 = load i32, ptr %6, align 4, !tbaa !5
  %427 = call i32 (ptr, ...) @printf(ptr noundef @.str.22, i32 noundef %426) #8
  br label %428

428:                                              ; preds = %425, %357
  br label %429

429:                                              ; preds = %428
  %430 = load i32, ptr %6, align 4, !tbaa !5
  %431 = add nsw i32 %430, 1
  store i32 %431, ptr %6, align 4, !tbaa !5
  br label %354, !llvm.loop !41

432:                                              ; preds = %354
  %433 = load volatile i16, ptr @g_638, align 2, !tbaa !11
  %434 = zext i16 %433 to i64
  %435 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %434, ptr noundef @.str.87, i32 noundef %435) #8
  %436 = load i8, ptr @g_669, align 1, !tbaa !15
  %437 = sext i8 %436 to i64
  %438 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %437, ptr noundef @.str.88, i32 noundef %438) #8
  %439 = load volatile i64, ptr @g_680, align 1
  %440 = shl i64 %439, 44
  %441 = ashr i64 %440, 44
  %442 = trunc i64 %441 to i32
  %443 = sext i32 %442 to i64
  %444 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %443, ptr noundef @.str.89, i32 noundef %444) #8
  %445 = load volatile i64, ptr @g_680, align 1
  %446 = shl i64 %445, 25
  %447 = ashr i64 %446, 45
  %448 = trunc i64 %447 to i32
  %449 = sext i32 %448 to i64
  %450 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %449, ptr noundef @.str.90, i32 noundef %450) #8
  %451 = load volatile i64, ptr @g_680, align 1
  %452 = lshr i64 %451, 39
  %453 = and i64 %452, 262143
  %454 = trunc i64 %453 to i32
  %455 = zext i32 %454 to i64
  %456 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %455, ptr noundef @.str.91, i32 noundef %456) #8
  %457 = load volatile i64, ptr @g_680, align 1
  %458 = ashr i64 %457, 57
  %459 = trunc i64 %458 to i32
  %460 = sext i32 %459 to i64
  %461 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %460, ptr noundef @.str.92, i32 noundef %461) #8
  %462 = load volatile i32, ptr @g_694, align 8, !tbaa !29
  %463 = zext i32 %462 to i64
  %464 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %463, ptr noundef @.str.93, i32 noundef %464) #8
  %465 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_694, i32 0, i32 1), align 4, !tbaa !31
  %466 = sext i8 %465 to i64
  %467 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %466, ptr noundef @.str.94, i32 noundef %467) #8
  %468 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_694, i32 0, i32 2), align 1
  %469 = zext i8 %468 to i32
  %470 = zext i32 %469 to i64
  %471 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %470, ptr noundef @.str.95, i32 noundef %471) #8
  %472 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_694, i32 0, i32 3), align 8, !tbaa !32
  %473 = zext i32 %472 to i64
  %474 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %473, ptr noundef @.str.96, i32 noundef %474) #8
  %475 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_694, i32 0, i32 4), align 4, !tbaa !33
  %476 = sext i8 %475 to i64
  %477 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %476, ptr noundef @.str.97, i32 noundef %477) #8
  %478 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_694, i32 0, i32 5), align 8, !tbaa !34
  %479 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %478, ptr noundef @.str.98, i32 noundef %479) #8
  %480 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_694, i32 0, i32 6), align 8
  %481 = shl i32 %480, 11
  %482 = ashr i32 %481, 11
  %483 = sext i32 %482 to i64
  %484 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %483, ptr noundef @.str.99, i32 noundef %484) #8
  %485 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_694, i32 0, i32 7), align 4, !tbaa !35
  %486 = zext i32 %485 to i64
  %487 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %486, ptr noundef @.str.100, i32 noundef %487) #8
  %488 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_694, i32 0, i32 8), align 8, !tbaa !36
  %489 = sext i16 %488 to i64
  %490 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %489, ptr noundef @.str.101, i32 noundef %490) #8
  %491 = load i8, ptr getelementptr inbounds (%struct.S3, ptr @g_694, i32 0, i32 1), align 8, !tbaa !37
  %492 = zext i8 %491 to i64
  %493 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %492, ptr noundef @.str.102, i32 noundef %493) #8
  %494 = load i16, ptr getelementptr inbounds (%struct.S3, ptr @g_694, i32 0, i32 2), align 2, !tbaa !38
  %495 = zext i16 %494 to i64
  %496 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %495, ptr noundef @.str.103, i32 noundef %496) #8
  %497 = load volatile i32, ptr getelementptr inbounds (%struct.S3, ptr @g_694, i32 0, i32 3), align 4, !tbaa !39
  %498 = sext i32 %497 to i64
  %499 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %498, ptr noundef @.str.104, i32 noundef %499) #8
  %500 = load volatile i32, ptr @g_722, align 8, !tbaa !29
  %501 = zext i32 %500 to i64
  %502 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %501, ptr noundef @.str.105, i32 noundef %502) #8
  %503 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_722, i32 0, i32 1), align 4, !tbaa !31
  %504 = sext i8 %503 to i64
  %505 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %504, ptr noundef @.str.106, i32 noundef %505) #8
  %506 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_722, i32 0, i32 2), align 1
  %507 = zext i8 %506 to i32
  %508 = zext i32 %507 to i64
  %509 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %508, ptr noundef @.str.107, i32 noundef %509) #8
  %510 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_722, i32 0, i32 3), align 8, !tbaa !32
  %511 = zext i32 %510 to i64
  %512 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %511, ptr noundef @.str.108, i32 noundef %512) #8
  %513 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_722, i32 0, i32 4), align 4, !tbaa !33
  %514 = sext i8 %513 to i64
  %515 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %514, ptr noundef @.str.109, i32 noundef %515) #8
  %516 = load volatile i64, ptr getelementptr inbounds (%struct.S0, ptr @g_722, i32 0, i32 5), align 8, !tbaa !34
  %517 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %516, ptr noundef @.str.110, i32 noundef %517) #8
  %518 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_722, i32 0, i32 6), align 8
  %519 = shl i32 %518, 11
  %520 = ashr i32 %519, 11
  %521 = sext i32 %520 to i64
  %522 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %521, ptr noundef @.str.111, i32 noundef %522) #8
  %523 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_722, i32 0, i32 7), align 4, !tbaa !35
  %524 = zext i32 %523 to i64
  %525 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %524, ptr noundef @.str.112, i32 noundef %525) #8
  %526 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr @g_722, i32 0, i32 8), align 8, !tbaa !36
  %527 = sext i16 %526 to i64
  %528 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %527, ptr noundef @.str.113, i32 noundef %528) #8
  %529 = load volatile i8, ptr getelementptr inbounds (%struct.S3, ptr @g_722, i32 0, i32 1), align 8, !tbaa !37
  %530 = zext i8 %529 to i64
  %531 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %530, ptr noundef @.str.114, i32 noundef %531) #8
  %532 = load volatile i16, ptr getelementptr inbounds (%struct.S3, ptr @g_722, i32 0, i32 2), align 2, !tbaa !38
  %533 = zext i16 %532 to i64
  %534 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %533, ptr noundef @.str.115, i32 noundef %534) #8
  %535 = load volatile i32, ptr getelementptr inbounds (%struct.S3, ptr @g_722, i32 0, i32 3), align 4, !tbaa !39
  %536 = sext i32 %535 to i64
  %537 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %536, ptr noundef @.str.116, i32 noundef %537) #8
  %538 = load i64, ptr @g_772, align 8, !tbaa !13
  %539 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %538, ptr noundef @.str.117, i32 noundef %539) #8
  %540 = load i64, ptr @g_794, align 1
  %541 = shl i64 %540, 44
  %542 = ashr i64 %541, 44
  %543 = trunc i64 %542 to i32
  %544 = sext i32 %543 to i64
  %545 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %544, ptr noundef @.str.118, i32 noundef %545) #8
  %546 = load i64, ptr @g_794, align 1
  %547 = shl i64 %546, 25
  %548 = ashr i64 %547, 45
  %549 = trunc i64 %548 to i32
  %550 = sext i32 %549 to i64
  %551 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %550, ptr noundef @.str.119, i32 noundef %551) #8
  %552 = load volatile i64, ptr @g_794, align 1
  %553 = lshr i64 %552, 39
  %554 = and i64 %553, 262143
  %555 = trunc i64 %554 to i32
  %556 = zext i32 %555 to i64
  %557 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %556, ptr noundef @.str.120, i32 noundef %557) #8
  %558 = load i64, ptr @g_794, align 1
  %559 = ashr i64 %558, 57
  %560 = trunc i64 %559 to i32
  %561 = sext i32 %560 to i64
  %562 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %561, ptr noundef @.str.121, i32 noundef %562) #8
  %563 = load volatile i32, ptr @g_797, align 8, !tbaa !21
  %564 = zext i32 %563 to i64
  %565 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %564, ptr noundef @.str.122, i32 noundef %565) #8
  %566 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_797, i32 0, i32 1), align 4, !tbaa !23
  %567 = sext i8 %566 to i64
  %568 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %567, ptr noundef @.str.123, i32 noundef %568) #8
  %569 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_797, i32 0, i32 2), align 1
  %570 = zext i8 %569 to i32
  %571 = zext i32 %570 to i64
  %572 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %571, ptr noundef @.str.124, i32 noundef %572) #8
  %573 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_797, i32 0, i32 3), align 8, !tbaa !24
  %574 = zext i32 %573 to i64
  %575 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %574, ptr noundef @.str.125, i32 noundef %575) #8
  %576 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_797, i32 0, i32 4), align 4, !tbaa !25
  %577 = sext i8 %576 to i64
  %578 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %577, ptr noundef @.str.126, i32 noundef %578) #8
  %579 = load volatile i64, ptr getelementptr inbounds (%struct.S0, ptr @g_797, i32 0, i32 5), align 8, !tbaa !26
  %580 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %579, ptr noundef @.str.127, i32 noundef %580) #8
  %581 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_797, i32 0, i32 6), align 8
  %582 = shl i32 %581, 11
  %583 = ashr i32 %582, 11
  %584 = sext i32 %583 to i64
  %585 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %584, ptr noundef @.str.128, i32 noundef %585) #8
  %586 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_797, i32 0, i32 7), align 4, !tbaa !27
  %587 = zext i32 %586 to i64
  %588 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %587, ptr noundef @.str.129, i32 noundef %588) #8
  %589 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr @g_797, i32 0, i32 8), align 8, !tbaa !28
  %590 = sext i16 %589 to i64
  %591 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %590, ptr noundef @.str.130, i32 noundef %591) #8
  %592 = load i32, ptr @g_839, align 4, !tbaa !5
  %593 = sext i32 %592 to i64
  %594 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %593, ptr noundef @.str.131, i32 noundef %594) #8
  %595 = load i32, ptr @g_847, align 4, !tbaa !5
  %596 = sext i32 %595 to i64
  %597 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %596, ptr noundef @.str.132, i32 noundef %597) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %598

598:                                              ; preds = %673, %432
  %599 = load i32, ptr %6, align 4, !tbaa !5
  %600 = icmp slt i32 %599, 5
  br i1 %600, label %601, label %676

601:                                              ; preds = %598
  %602 = load i32, ptr %6, align 4, !tbaa !5
  %603 = sext i32 %602 to i64
  %604 = getelementptr inbounds [5 x %struct.S0], ptr @g_866, i64 0, i64 %603
  %605 = getelementptr inbounds %struct.S0, ptr %604, i32 0, i32 0
  %606 = load volatile i32, ptr %605, align 8, !tbaa !21
  %607 = zext i32 %606 to i64
  %608 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %607, ptr noundef @.str.133, i32 noundef %608) #8
  %609 = load i32, ptr %6, align 4, !tbaa !5
  %610 = sext i32 %609 to i64
  %611 = getelementptr inbounds [5 x %struct.S0], ptr @g_866, i64 0, i64 %610
  %612 = getelementptr inbounds %struct.S0, ptr %611, i32 0, i32 1
  %613 = load volatile i8, ptr %612, align 4, !tbaa !23
  %614 = sext i8 %613 to i64
  %615 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %614, ptr noundef @.str.134, i32 noundef %615) #8
  %616 = load i32, ptr %6, align 4, !tbaa !5
  %617 = sext i32 %616 to i64
  %618 = getelementptr inbounds [5 x %struct.S0], ptr @g_866, i64 0, i64 %617
  %619 = getelementptr inbounds %struct.S0, ptr %618, i32 0, i32 2
  %620 = load volatile i8, ptr %619, align 1
  %621 = zext i8 %620 to i32
  %622 = zext i32 %621 to i64
  %623 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %622, ptr noundef @.str.135, i32 noundef %623) #8
  %624 = load i32, ptr %6, align 4, !tbaa !5
  %625 = sext i32 %624 to i64
  %626 = getelementptr inbounds [5 x %struct.S0], ptr @g_866, i64 0, i64 %625
  %627 = getelementptr inbounds %struct.S0, ptr %626, i32 0, i32 3
  %628 = load volatile i32, ptr %627, align 8, !tbaa !24
  %629 = zext i32 %628 to i64
  %630 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %629, ptr noundef @.str.136, i32 noundef %630) #8
  %631 = load i32, ptr %6, align 4, !tbaa !5
  %632 = sext i32 %631 to i64
  %633 = getelementptr inbounds [5 x %struct.S0], ptr @g_866, i64 0, i64 %632
  %634 = getelementptr inbounds %struct.S0, ptr %633, i32 0, i32 4
  %635 = load volatile i8, ptr %634, align 4, !tbaa !25
  %636 = sext i8 %635 to i64
  %637 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %636, ptr noundef @.str.137, i32 noundef %637) #8
  %638 = load i32, ptr %6, align 4, !tbaa !5
  %639 = sext i32 %638 to i64
  %640 = getelementptr inbounds [5 x %struct.S0], ptr @g_866, i64 0, i64 %639
  %641 = getelementptr inbounds %struct.S0, ptr %640, i32 0, i32 5
  %642 = load volatile i64, ptr %641, align 8, !tbaa !26
  %643 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %642, ptr noundef @.str.138, i32 noundef %643) #8
  %644 = load i32, ptr %6, align 4, !tbaa !5
  %645 = sext i32 %644 to i64
  %646 = getelementptr inbounds [5 x %struct.S0], ptr @g_866, i64 0, i64 %645
  %647 = getelementptr inbounds %struct.S0, ptr %646, i32 0, i32 6
  %648 = load volatile i32, ptr %647, align 8
  %649 = shl i32 %648, 11
  %650 = ashr i32 %649, 11
  %651 = sext i32 %650 to i64
  %652 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %651, ptr noundef @.str.139, i32 noundef %652) #8
  %653 = load i32, ptr %6, align 4, !tbaa !5
  %654 = sext i32 %653 to i64
  %655 = getelementptr inbounds [5 x %struct.S0], ptr @g_866, i64 0, i64 %654
  %656 = getelementptr inbounds %struct.S0, ptr %655, i32 0, i32 7
  %657 = load volatile i32, ptr %656, align 4, !tbaa !27
  %658 = zext i32 %657 to i64
  %659 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %658, ptr noundef @.str.140, i32 noundef %659) #8
  %660 = load i32, ptr %6, align 4, !tbaa !5
  %661 = sext i32 %660 to i64
  %662 = getelementptr inbounds [5 x %struct.S0], ptr @g_866, i64 0, i64 %661
  %663 = getelementptr inbounds %struct.S0, ptr %662, i32 0, i32 8
  %664 = load volatile i16, ptr %663, align 8, !tbaa !28
  %665 = sext i16 %664 to i64
  %666 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %665, ptr noundef @.str.141, i32 noundef %666) #8
  %667 = load i32, ptr %9, align 4, !tbaa !5
  %668 = icmp ne i32 %667, 0
  br i1 %668, label %669, label %672

669:                                              ; preds = %601
  %670 = load i32, ptr %6, align 4, !tbaa !5
  %671 = call i32 (ptr, ...) @printf(ptr noundef @.str.22, i32 noundef %670) #8
  br label %672

672:                                              ; preds = %669, %601
  br label %673

673:                                              ; preds = %672
  %674 = load i32, ptr %6, align 4, !tbaa !5
  %675 = add nsw i32 %674, 1
  store i32 %675, ptr %6, align 4, !tbaa !5
  br label %598, !llvm.loop !42

676:                                              ; preds = %598
  %677 = load volatile i32, ptr @g_870, align 8, !tbaa !21
  %678 = zext i32 %677 to i64
  %679 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %678, ptr noundef @.str.142, i32 noundef %679) #8
  %680 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_870, i32 0, i32 1), align 4, !tbaa !23
  %681 = sext i8 %680 to i64
  %682 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %681, ptr noundef @.str.143, i32 noundef %682) #8
  %683 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_870, i32 0, i32 2), align 1
  %684 = zext i8 %683 to i32
  %685 = zext i32 %684 to i64
  %686 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %685, ptr noundef @.str.144, i32 noundef %686) #8
  %687 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_870, i32 0, i32 3), align 8, !tbaa !24
  %688 = zext i32 %687 to i64
  %689 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %688, ptr noundef @.str.145, i32 noundef %689) #8
  %690 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_870, i32 0, i32 4), align 4, !tbaa !25
  %691 = sext i8 %690 to i64
  %692 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %691, ptr noundef @.str.146, i32 noundef %692) #8
  %693 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_870, i32 0, i32 5), align 8, !tbaa !26
  %694 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %693, ptr noundef @.str.147, i32 noundef %694) #8
  %695 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_870, i32 0, i32 6), align 8
  %696 = shl i32 %695, 11
  %697 = ashr i32 %696, 11
  %698 = sext i32 %697 to i64
  %699 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %698, ptr noundef @.str.148, i32 noundef %699) #8
  %700 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_870, i32 0, i32 7), align 4, !tbaa !27
  %701 = zext i32 %700 to i64
  %702 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %701, ptr noundef @.str.149, i32 noundef %702) #8
  %703 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_870, i32 0, i32 8), align 8, !tbaa !28
  %704 = sext i16 %703 to i64
  %705 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %704, ptr noundef @.str.150, i32 noundef %705) #8
  %706 = load volatile i32, ptr @g_882, align 8, !tbaa !29
  %707 = zext i32 %706 to i64
  %708 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %707, ptr noundef @.str.151, i32 noundef %708) #8
  %709 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_882, i32 0, i32 1), align 4, !tbaa !31
  %710 = sext i8 %709 to i64
  %711 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %710, ptr noundef @.str.152, i32 noundef %711) #8
  %712 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_882, i32 0, i32 2), align 1
  %713 = zext i8 %712 to i32
  %714 = zext i32 %713 to i64
  %715 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %714, ptr noundef @.str.153, i32 noundef %715) #8
  %716 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_882, i32 0, i32 3), align 8, !tbaa !32
  %717 = zext i32 %716 to i64
  %718 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %717, ptr noundef @.str.154, i32 noundef %718) #8
  %719 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_882, i32 0, i32 4), align 4, !tbaa !33
  %720 = sext i8 %719 to i64
  %721 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %720, ptr noundef @.str.155, i32 noundef %721) #8
  %722 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_882, i32 0, i32 5), align 8, !tbaa !34
  %723 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %722, ptr noundef @.str.156, i32 noundef %723) #8
  %724 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_882, i32 0, i32 6), align 8
  %725 = shl i32 %724, 11
  %726 = ashr i32 %725, 11
  %727 = sext i32 %726 to i64
  %728 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %727, ptr noundef @.str.157, i32 noundef %728) #8
  %729 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_882, i32 0, i32 7), align 4, !tbaa !35
  %730 = zext i32 %729 to i64
  %731 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %730, ptr noundef @.str.158, i32 noundef %731) #8
  %732 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_882, i32 0, i32 8), align 8, !tbaa !36
  %733 = sext i16 %732 to i64
  %734 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %733, ptr noundef @.str.159, i32 noundef %734) #8
  %735 = load i8, ptr getelementptr inbounds (%struct.S3, ptr @g_882, i32 0, i32 1), align 8, !tbaa !37
  %736 = zext i8 %735 to i64
  %737 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %736, ptr noundef @.str.160, i32 noundef %737) #8
  %738 = load i16, ptr getelementptr inbounds (%struct.S3, ptr @g_882, i32 0, i32 2), align 2, !tbaa !38
  %739 = zext i16 %738 to i64
  %740 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %739, ptr noundef @.str.161, i32 noundef %740) #8
  %741 = load volatile i32, ptr getelementptr inbounds (%struct.S3, ptr @g_882, i32 0, i32 3), align 4, !tbaa !39
  %742 = sext i32 %741 to i64
  %743 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %742, ptr noundef @.str.162, i32 noundef %743) #8
  %744 = load i64, ptr @g_894, align 1
  %745 = shl i64 %744, 44
  %746 = ashr i64 %745, 44
  %747 = trunc i64 %746 to i32
  %748 = sext i32 %747 to i64
  %749 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %748, ptr noundef @.str.163, i32 noundef %749) #8
  %750 = load i64, ptr @g_894, align 1
  %751 = shl i64 %750, 25
  %752 = ashr i64 %751, 45
  %753 = trunc i64 %752 to i32
  %754 = sext i32 %753 to i64
  %755 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %754, ptr noundef @.str.164, i32 noundef %755) #8
  %756 = load volatile i64, ptr @g_894, align 1
  %757 = lshr i64 %756, 39
  %758 = and i64 %757, 262143
  %759 = trunc i64 %758 to i32
  %760 = zext i32 %759 to i64
  %761 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %760, ptr noundef @.str.165, i32 noundef %761) #8
  %762 = load i64, ptr @g_894, align 1
  %763 = ashr i64 %762, 57
  %764 = trunc i64 %763 to i32
  %765 = sext i32 %764 to i64
  %766 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %765, ptr noundef @.str.166, i32 noundef %766) #8
  %767 = load volatile i32, ptr @g_921, align 8, !tbaa !21
  %768 = zext i32 %767 to i64
  %769 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %768, ptr noundef @.str.167, i32 noundef %769) #8
  %770 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_921, i32 0, i32 1), align 4, !tbaa !23
  %771 = sext i8 %770 to i64
  %772 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %771, ptr noundef @.str.168, i32 noundef %772) #8
  %773 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_921, i32 0, i32 2), align 1
  %774 = zext i8 %773 to i32
  %775 = zext i32 %774 to i64
  %776 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %775, ptr noundef @.str.169, i32 noundef %776) #8
  %777 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_921, i32 0, i32 3), align 8, !tbaa !24
  %778 = zext i32 %777 to i64
  %779 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %778, ptr noundef @.str.170, i32 noundef %779) #8
  %780 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_921, i32 0, i32 4), align 4, !tbaa !25
  %781 = sext i8 %780 to i64
  %782 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %781, ptr noundef @.str.171, i32 noundef %782) #8
  %783 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_921, i32 0, i32 5), align 8, !tbaa !26
  %784 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %783, ptr noundef @.str.172, i32 noundef %784) #8
  %785 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_921, i32 0, i32 6), align 8
  %786 = shl i32 %785, 11
  %787 = ashr i32 %786, 11
  %788 = sext i32 %787 to i64
  %789 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %788, ptr noundef @.str.173, i32 noundef %789) #8
  %790 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_921, i32 0, i32 7), align 4, !tbaa !27
  %791 = zext i32 %790 to i64
  %792 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %791, ptr noundef @.str.174, i32 noundef %792) #8
  %793 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_921, i32 0, i32 8), align 8, !tbaa !28
  %794 = sext i16 %793 to i64
  %795 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %794, ptr noundef @.str.175, i32 noundef %795) #8
  %796 = load volatile i32, ptr @g_1020, align 8, !tbaa !29
  %797 = zext i32 %796 to i64
  %798 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %797, ptr noundef @.str.176, i32 noundef %798) #8
  %799 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1020, i32 0, i32 1), align 4, !tbaa !31
  %800 = sext i8 %799 to i64
  %801 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %800, ptr noundef @.str.177, i32 noundef %801) #8
  %802 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1020, i32 0, i32 2), align 1
  %803 = zext i8 %802 to i32
  %804 = zext i32 %803 to i64
  %805 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %804, ptr noundef @.str.178, i32 noundef %805) #8
  %806 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1020, i32 0, i32 3), align 8, !tbaa !32
  %807 = zext i32 %806 to i64
  %808 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %807, ptr noundef @.str.179, i32 noundef %808) #8
  %809 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1020, i32 0, i32 4), align 4, !tbaa !33
  %810 = sext i8 %809 to i64
  %811 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %810, ptr noundef @.str.180, i32 noundef %811) #8
  %812 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_1020, i32 0, i32 5), align 8, !tbaa !34
  %813 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %812, ptr noundef @.str.181, i32 noundef %813) #8
  %814 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1020, i32 0, i32 6), align 8
  %815 = shl i32 %814, 11
  %816 = ashr i32 %815, 11
  %817 = sext i32 %816 to i64
  %818 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %817, ptr noundef @.str.182, i32 noundef %818) #8
  %819 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1020, i32 0, i32 7), align 4, !tbaa !35
  %820 = zext i32 %819 to i64
  %821 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %820, ptr noundef @.str.183, i32 noundef %821) #8
  %822 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_1020, i32 0, i32 8), align 8, !tbaa !36
  %823 = sext i16 %822 to i64
  %824 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %823, ptr noundef @.str.184, i32 noundef %824) #8
  %825 = load i8, ptr getelementptr inbounds (%struct.S3, ptr @g_1020, i32 0, i32 1), align 8, !tbaa !37
  %826 = zext i8 %825 to i64
  %827 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %826, ptr noundef @.str.185, i32 noundef %827) #8
  %828 = load i16, ptr getelementptr inbounds (%struct.S3, ptr @g_1020, i32 0, i32 2), align 2, !tbaa !38
  %829 = zext i16 %828 to i64
  %830 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %829, ptr noundef @.str.186, i32 noundef %830) #8
  %831 = load volatile i32, ptr getelementptr inbounds (%struct.S3, ptr @g_1020, i32 0, i32 3), align 4, !tbaa !39
  %832 = sext i32 %831 to i64
  %833 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %832, ptr noundef @.str.187, i32 noundef %833) #8
  %834 = load volatile i64, ptr @g_1035, align 1
  %835 = shl i64 %834, 44
  %836 = ashr i64 %835, 44
  %837 = trunc i64 %836 to i32
  %838 = sext i32 %837 to i64
  %839 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %838, ptr noundef @.str.188, i32 noundef %839) #8
  %840 = load volatile i64, ptr @g_1035, align 1
  %841 = shl i64 %840, 25
  %842 = ashr i64 %841, 45
  %843 = trunc i64 %842 to i32
  %844 = sext i32 %843 to i64
  %845 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %844, ptr noundef @.str.189, i32 noundef %845) #8
  %846 = load volatile i64, ptr @g_1035, align 1
  %847 = lshr i64 %846, 39
  %848 = and i64 %847, 262143
  %849 = trunc i64 %848 to i32
  %850 = zext i32 %849 to i64
  %851 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %850, ptr noundef @.str.190, i32 noundef %851) #8
  %852 = load volatile i64, ptr @g_1035, align 1
  %853 = ashr i64 %852, 57
  %854 = trunc i64 %853 to i32
  %855 = sext i32 %854 to i64
  %856 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %855, ptr noundef @.str.191, i32 noundef %856) #8
  %857 = load volatile i32, ptr @g_1040, align 8, !tbaa !21
  %858 = zext i32 %857 to i64
  %859 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %858, ptr noundef @.str.192, i32 noundef %859) #8
  %860 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1040, i32 0, i32 1), align 4, !tbaa !23
  %861 = sext i8 %860 to i64
  %862 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %861, ptr noundef @.str.193, i32 noundef %862) #8
  %863 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1040, i32 0, i32 2), align 1
  %864 = zext i8 %863 to i32
  %865 = zext i32 %864 to i64
  %866 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %865, ptr noundef @.str.194, i32 noundef %866) #8
  %867 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1040, i32 0, i32 3), align 8, !tbaa !24
  %868 = zext i32 %867 to i64
  %869 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %868, ptr noundef @.str.195, i32 noundef %869) #8
  %870 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1040, i32 0, i32 4), align 4, !tbaa !25
  %871 = sext i8 %870 to i64
  %872 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %871, ptr noundef @.str.196, i32 noundef %872) #8
  %873 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_1040, i32 0, i32 5), align 8, !tbaa !26
  %874 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %873, ptr noundef @.str.197, i32 noundef %874) #8
  %875 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1040, i32 0, i32 6), align 8
  %876 = shl i32 %875, 11
  %877 = ashr i32 %876, 11
  %878 = sext i32 %877 to i64
  %879 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %878, ptr noundef @.str.198, i32 noundef %879) #8
  %880 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1040, i32 0, i32 7), align 4, !tbaa !27
  %881 = zext i32 %880 to i64
  %882 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %881, ptr noundef @.str.199, i32 noundef %882) #8
  %883 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_1040, i32 0, i32 8), align 8, !tbaa !28
  %884 = sext i16 %883 to i64
  %885 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %884, ptr noundef @.str.200, i32 noundef %885) #8
  %886 = load i16, ptr @g_1057, align 2, !tbaa !11
  %887 = sext i16 %886 to i64
  %888 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %887, ptr noundef @.str.201, i32 noundef %888) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %889

889:                                              ; preds = %1039, %676
  %890 = load i32, ptr %6, align 4, !tbaa !5
  %891 = icmp slt i32 %890, 8
  br i1 %891, label %892, label %1042

892:                                              ; preds = %889
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %893

893:                                              ; preds = %1035, %892
  %894 = load i32, ptr %7, align 4, !tbaa !5
  %895 = icmp slt i32 %894, 3
  br i1 %895, label %896, label %1038

896:                                              ; preds = %893
  %897 = load i32, ptr %6, align 4, !tbaa !5
  %898 = sext i32 %897 to i64
  %899 = getelementptr inbounds [8 x [3 x %struct.S3]], ptr @g_1262, i64 0, i64 %898
  %900 = load i32, ptr %7, align 4, !tbaa !5
  %901 = sext i32 %900 to i64
  %902 = getelementptr inbounds [3 x %struct.S3], ptr %899, i64 0, i64 %901
  %903 = getelementptr inbounds %struct.S3, ptr %902, i32 0, i32 0
  %904 = getelementptr inbounds %struct.S0, ptr %903, i32 0, i32 0
  %905 = load volatile i32, ptr %904, align 16, !tbaa !29
  %906 = zext i32 %905 to i64
  %907 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %906, ptr noundef @.str.202, i32 noundef %907) #8
  %908 = load i32, ptr %6, align 4, !tbaa !5
  %909 = sext i32 %908 to i64
  %910 = getelementptr inbounds [8 x [3 x %struct.S3]], ptr @g_1262, i64 0, i64 %909
  %911 = load i32, ptr %7, align 4, !tbaa !5
  %912 = sext i32 %911 to i64
  %913 = getelementptr inbounds [3 x %struct.S3], ptr %910, i64 0, i64 %912
  %914 = getelementptr inbounds %struct.S3, ptr %913, i32 0, i32 0
  %915 = getelementptr inbounds %struct.S0, ptr %914, i32 0, i32 1
  %916 = load volatile i8, ptr %915, align 4, !tbaa !31
  %917 = sext i8 %916 to i64
  %918 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %917, ptr noundef @.str.203, i32 noundef %918) #8
  %919 = load i32, ptr %6, align 4, !tbaa !5
  %920 = sext i32 %919 to i64
  %921 = getelementptr inbounds [8 x [3 x %struct.S3]], ptr @g_1262, i64 0, i64 %920
  %922 = load i32, ptr %7, align 4, !tbaa !5
  %923 = sext i32 %922 to i64
  %924 = getelementptr inbounds [3 x %struct.S3], ptr %921, i64 0, i64 %923
  %925 = getelementptr inbounds %struct.S3, ptr %924, i32 0, i32 0
  %926 = getelementptr inbounds %struct.S0, ptr %925, i32 0, i32 2
  %927 = load i8, ptr %926, align 1
  %928 = zext i8 %927 to i32
  %929 = zext i32 %928 to i64
  %930 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %929, ptr noundef @.str.204, i32 noundef %930) #8
  %931 = load i32, ptr %6, align 4, !tbaa !5
  %932 = sext i32 %931 to i64
  %933 = getelementptr inbounds [8 x [3 x %struct.S3]], ptr @g_1262, i64 0, i64 %932
  %934 = load i32, ptr %7, align 4, !tbaa !5
  %935 = sext i32 %934 to i64
  %936 = getelementptr inbounds [3 x %struct.S3], ptr %933, i64 0, i64 %935
  %937 = getelementptr inbounds %struct.S3, ptr %936, i32 0, i32 0
  %938 = getelementptr inbounds %struct.S0, ptr %937, i32 0, i32 3
  %939 = load i32, ptr %938, align 8, !tbaa !32
  %940 = zext i32 %939 to i64
  %941 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %940, ptr noundef @.str.205, i32 noundef %941) #8
  %942 = load i32, ptr %6, align 4, !tbaa !5
  %943 = sext i32 %942 to i64
  %944 = getelementptr inbounds [8 x [3 x %struct.S3]], ptr @g_1262, i64 0, i64 %943
  %945 = load i32, ptr %7, align 4, !tbaa !5
  %946 = sext i32 %945 to i64
  %947 = getelementptr inbounds [3 x %struct.S3], ptr %944, i64 0, i64 %946
  %948 = getelementptr inbounds %struct.S3, ptr %947, i32 0, i32 0
  %949 = getelementptr inbounds %struct.S0, ptr %948, i32 0, i32 4
  %950 = load i8, ptr %949, align 4, !tbaa !33
  %951 = sext i8 %950 to i64
  %952 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %951, ptr noundef @.str.206, i32 noundef %952) #8
  %953 = load i32, ptr %6, align 4, !tbaa !5
  %954 = sext i32 %953 to i64
  %955 = getelementptr inbounds [8 x [3 x %struct.S3]], ptr @g_1262, i64 0, i64 %954
  %956 = load i32, ptr %7, align 4, !tbaa !5
  %957 = sext i32 %956 to i64
  %958 = getelementptr inbounds [3 x %struct.S3], ptr %955, i64 0, i64 %957
  %959 = getelementptr inbounds %struct.S3, ptr %958, i32 0, i32 0
  %960 = getelementptr inbounds %struct.S0, ptr %959, i32 0, i32 5
  %961 = load i64, ptr %960, align 16, !tbaa !34
  %962 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %961, ptr noundef @.str.207, i32 noundef %962) #8
  %963 = load i32, ptr %6, align 4, !tbaa !5
  %964 = sext i32 %963 to i64
  %965 = getelementptr inbounds [8 x [3 x %struct.S3]], ptr @g_1262, i64 0, i64 %964
  %966 = load i32, ptr %7, align 4, !tbaa !5
  %967 = sext i32 %966 to i64
  %968 = getelementptr inbounds [3 x %struct.S3], ptr %965, i64 0, i64 %967
  %969 = getelementptr inbounds %struct.S3, ptr %968, i32 0, i32 0
  %970 = getelementptr inbounds %struct.S0, ptr %969, i32 0, i32 6
  %971 = load i32, ptr %970, align 8
  %972 = shl i32 %971, 11
  %973 = ashr i32 %972, 11
  %974 = sext i32 %973 to i64
  %975 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %974, ptr noundef @.str.208, i32 noundef %975) #8
  %976 = load i32, ptr %6, align 4, !tbaa !5
  %977 = sext i32 %976 to i64
  %978 = getelementptr inbounds [8 x [3 x %struct.S3]], ptr @g_1262, i64 0, i64 %977
  %979 = load i32, ptr %7, align 4, !tbaa !5
  %980 = sext i32 %979 to i64
  %981 = getelementptr inbounds [3 x %struct.S3], ptr %978, i64 0, i64 %980
  %982 = getelementptr inbounds %struct.S3, ptr %981, i32 0, i32 0
  %983 = getelementptr inbounds %struct.S0, ptr %982, i32 0, i32 7
  %984 = load volatile i32, ptr %983, align 4, !tbaa !35
  %985 = zext i32 %984 to i64
  %986 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %985, ptr noundef @.str.209, i32 noundef %986) #8
  %987 = load i32, ptr %6, align 4, !tbaa !5
  %988 = sext i32 %987 to i64
  %989 = getelementptr inbounds [8 x [3 x %struct.S3]], ptr @g_1262, i64 0, i64 %988
  %990 = load i32, ptr %7, align 4, !tbaa !5
  %991 = sext i32 %990 to i64
  %992 = getelementptr inbounds [3 x %struct.S3], ptr %989, i64 0, i64 %991
  %993 = getelementptr inbounds %struct.S3, ptr %992, i32 0, i32 0
  %994 = getelementptr inbounds %struct.S0, ptr %993, i32 0, i32 8
  %995 = load i16, ptr %994, align 16, !tbaa !36
  %996 = sext i16 %995 to i64
  %997 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %996, ptr noundef @.str.210, i32 noundef %997) #8
  %998 = load i32, ptr %6, align 4, !tbaa !5
  %999 = sext i32 %998 to i64
  %1000 = getelementptr inbounds [8 x [3 x %struct.S3]], ptr @g_1262, i64 0, i64 %999
  %1001 = load i32, ptr %7, align 4, !tbaa !5
  %1002 = sext i32 %1001 to i64
  %1003 = getelementptr inbounds [3 x %struct.S3], ptr %1000, i64 0, i64 %1002
  %1004 = getelementptr inbounds %struct.S3, ptr %1003, i32 0, i32 1
  %1005 = load i8, ptr %1004, align 8, !tbaa !37
  %1006 = zext i8 %1005 to i64
  %1007 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1006, ptr noundef @.str.211, i32 noundef %1007) #8
  %1008 = load i32, ptr %6, align 4, !tbaa !5
  %1009 = sext i32 %1008 to i64
  %1010 = getelementptr inbounds [8 x [3 x %struct.S3]], ptr @g_1262, i64 0, i64 %1009
  %1011 = load i32, ptr %7, align 4, !tbaa !5
  %1012 = sext i32 %1011 to i64
  %1013 = getelementptr inbounds [3 x %struct.S3], ptr %1010, i64 0, i64 %1012
  %1014 = getelementptr inbounds %struct.S3, ptr %1013, i32 0, i32 2
  %1015 = load i16, ptr %1014, align 2, !tbaa !38
  %1016 = zext i16 %1015 to i64
  %1017 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1016, ptr noundef @.str.212, i32 noundef %1017) #8
  %1018 = load i32, ptr %6, align 4, !tbaa !5
  %1019 = sext i32 %1018 to i64
  %1020 = getelementptr inbounds [8 x [3 x %struct.S3]], ptr @g_1262, i64 0, i64 %1019
  %1021 = load i32, ptr %7, align 4, !tbaa !5
  %1022 = sext i32 %1021 to i64
  %1023 = getelementptr inbounds [3 x %struct.S3], ptr %1020, i64 0, i64 %1022
  %1024 = getelementptr inbounds %struct.S3, ptr %1023, i32 0, i32 3
  %1025 = load volatile i32, ptr %1024, align 4, !tbaa !39
  %1026 = sext i32 %1025 to i64
  %1027 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1026, ptr noundef @.str.213, i32 noundef %1027) #8
  %1028 = load i32, ptr %9, align 4, !tbaa !5
  %1029 = icmp ne i32 %1028, 0
  br i1 %1029, label %1030, label %1034

1030:                                             ; preds = %896
  %1031 = load i32, ptr %6, align 4, !tbaa !5
  %1032 = load i32, ptr %7, align 4, !tbaa !5
  %1033 = call i32 (ptr, ...) @printf(ptr noundef @.str.214, i32 noundef %1031, i32 noundef %1032) #8
  br label %1034

1034:                                             ; preds = %1030, %896
  br label %1035

1035:                                             ; preds = %1034
  %1036 = load i32, ptr %7, align 4, !tbaa !5
  %1037 = add nsw i32 %1036, 1
  store i32 %1037, ptr %7, align 4, !tbaa !5
  br label %893, !llvm.loop !43

1038:                                             ; preds = %893
  br label %1039

1039:                                             ; preds = %1038
  %1040 = load i32, ptr %6, align 4, !tbaa !5
  %1041 = add nsw i32 %1040, 1
  store i32 %1041, ptr %6, align 4, !tbaa !5
  br label %889, !llvm.loop !44

1042:                                             ; preds = %889
  %1043 = load i64, ptr @g_1364, align 1
  %1044 = shl i64 %1043, 44
  %1045 = ashr i64 %1044, 44
  %1046 = trunc i64 %1045 to i32
  %1047 = sext i32 %1046 to i64
  %1048 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1047, ptr noundef @.str.215, i32 noundef %1048) #8
  %1049 = load i64, ptr @g_1364, align 1
  %1050 = shl i64 %1049, 25
  %1051 = ashr i64 %1050, 45
  %1052 = trunc i64 %1051 to i32
  %1053 = sext i32 %1052 to i64
  %1054 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1053, ptr noundef @.str.216, i32 noundef %1054) #8
  %1055 = load volatile i64, ptr @g_1364, align 1
  %1056 = lshr i64 %1055, 39
  %1057 = and i64 %1056, 262143
  %1058 = trunc i64 %1057 to i32
  %1059 = zext i32 %1058 to i64
  %1060 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1059, ptr noundef @.str.217, i32 noundef %1060) #8
  %1061 = load i64, ptr @g_1364, align 1
  %1062 = ashr i64 %1061, 57
  %1063 = trunc i64 %1062 to i32
  %1064 = sext i32 %1063 to i64
  %1065 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1064, ptr noundef @.str.218, i32 noundef %1065) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %1066

1066:                                             ; preds = %1141, %1042
  %1067 = load i32, ptr %6, align 4, !tbaa !5
  %1068 = icmp slt i32 %1067, 3
  br i1 %1068, label %1069, label %1144

1069:                                             ; preds = %1066
  %1070 = load i32, ptr %6, align 4, !tbaa !5
  %1071 = sext i32 %1070 to i64
  %1072 = getelementptr inbounds [3 x %struct.S0], ptr @g_1389, i64 0, i64 %1071
  %1073 = getelementptr inbounds %struct.S0, ptr %1072, i32 0, i32 0
  %1074 = load volatile i32, ptr %1073, align 8, !tbaa !21
  %1075 = zext i32 %1074 to i64
  %1076 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1075, ptr noundef @.str.219, i32 noundef %1076) #8
  %1077 = load i32, ptr %6, align 4, !tbaa !5
  %1078 = sext i32 %1077 to i64
  %1079 = getelementptr inbounds [3 x %struct.S0], ptr @g_1389, i64 0, i64 %1078
  %1080 = getelementptr inbounds %struct.S0, ptr %1079, i32 0, i32 1
  %1081 = load volatile i8, ptr %1080, align 4, !tbaa !23
  %1082 = sext i8 %1081 to i64
  %1083 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1082, ptr noundef @.str.220, i32 noundef %1083) #8
  %1084 = load i32, ptr %6, align 4, !tbaa !5
  %1085 = sext i32 %1084 to i64
  %1086 = getelementptr inbounds [3 x %struct.S0], ptr @g_1389, i64 0, i64 %1085
  %1087 = getelementptr inbounds %struct.S0, ptr %1086, i32 0, i32 2
  %1088 = load volatile i8, ptr %1087, align 1
  %1089 = zext i8 %1088 to i32
  %1090 = zext i32 %1089 to i64
  %1091 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1090, ptr noundef @.str.221, i32 noundef %1091) #8
  %1092 = load i32, ptr %6, align 4, !tbaa !5
  %1093 = sext i32 %1092 to i64
  %1094 = getelementptr inbounds [3 x %struct.S0], ptr @g_1389, i64 0, i64 %1093
  %1095 = getelementptr inbounds %struct.S0, ptr %1094, i32 0, i32 3
  %1096 = load volatile i32, ptr %1095, align 8, !tbaa !24
  %1097 = zext i32 %1096 to i64
  %1098 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1097, ptr noundef @.str.222, i32 noundef %1098) #8
  %1099 = load i32, ptr %6, align 4, !tbaa !5
  %1100 = sext i32 %1099 to i64
  %1101 = getelementptr inbounds [3 x %struct.S0], ptr @g_1389, i64 0, i64 %1100
  %1102 = getelementptr inbounds %struct.S0, ptr %1101, i32 0, i32 4
  %1103 = load volatile i8, ptr %1102, align 4, !tbaa !25
  %1104 = sext i8 %1103 to i64
  %1105 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1104, ptr noundef @.str.223, i32 noundef %1105) #8
  %1106 = load i32, ptr %6, align 4, !tbaa !5
  %1107 = sext i32 %1106 to i64
  %1108 = getelementptr inbounds [3 x %struct.S0], ptr @g_1389, i64 0, i64 %1107
  %1109 = getelementptr inbounds %struct.S0, ptr %1108, i32 0, i32 5
  %1110 = load volatile i64, ptr %1109, align 8, !tbaa !26
  %1111 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1110, ptr noundef @.str.224, i32 noundef %1111) #8
  %1112 = load i32, ptr %6, align 4, !tbaa !5
  %1113 = sext i32 %1112 to i64
  %1114 = getelementptr inbounds [3 x %struct.S0], ptr @g_1389, i64 0, i64 %1113
  %1115 = getelementptr inbounds %struct.S0, ptr %1114, i32 0, i32 6
  %1116 = load volatile i32, ptr %1115, align 8
  %1117 = shl i32 %1116, 11
  %1118 = ashr i32 %1117, 11
  %1119 = sext i32 %1118 to i64
  %1120 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1119, ptr noundef @.str.225, i32 noundef %1120) #8
  %1121 = load i32, ptr %6, align 4, !tbaa !5
  %1122 = sext i32 %1121 to i64
  %1123 = getelementptr inbounds [3 x %struct.S0], ptr @g_1389, i64 0, i64 %1122
  %1124 = getelementptr inbounds %struct.S0, ptr %1123, i32 0, i32 7
  %1125 = load volatile i32, ptr %1124, align 4, !tbaa !27
  %1126 = zext i32 %1125 to i64
  %1127 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1126, ptr noundef @.str.226, i32 noundef %1127) #8
  %1128 = load i32, ptr %6, align 4, !tbaa !5
  %1129 = sext i32 %1128 to i64
  %1130 = getelementptr inbounds [3 x %struct.S0], ptr @g_1389, i64 0, i64 %1129
  %1131 = getelementptr inbounds %struct.S0, ptr %1130, i32 0, i32 8
  %1132 = load volatile i16, ptr %1131, align 8, !tbaa !28
  %1133 = sext i16 %1132 to i64
  %1134 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1133, ptr noundef @.str.227, i32 noundef %1134) #8
  %1135 = load i32, ptr %9, align 4, !tbaa !5
  %1136 = icmp ne i32 %1135, 0
  br i1 %1136, label %1137, label %1140

1137:                                             ; preds = %1069
  %1138 = load i32, ptr %6, align 4, !tbaa !5
  %1139 = call i32 (ptr, ...) @printf(ptr noundef @.str.22, i32 noundef %1138) #8
  br label %1140

1140:                                             ; preds = %1137, %1069
  br label %1141

1141:                                             ; preds = %1140
  %1142 = load i32, ptr %6, align 4, !tbaa !5
  %1143 = add nsw i32 %1142, 1
  store i32 %1143, ptr %6, align 4, !tbaa !5
  br label %1066, !llvm.loop !45

1144:                                             ; preds = %1066
  %1145 = load volatile i32, ptr @g_1437, align 8, !tbaa !21
  %1146 = zext i32 %1145 to i64
  %1147 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1146, ptr noundef @.str.228, i32 noundef %1147) #8
  %1148 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1437, i32 0, i32 1), align 4, !tbaa !23
  %1149 = sext i8 %1148 to i64
  %1150 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1149, ptr noundef @.str.229, i32 noundef %1150) #8
  %1151 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1437, i32 0, i32 2), align 1
  %1152 = zext i8 %1151 to i32
  %1153 = zext i32 %1152 to i64
  %1154 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1153, ptr noundef @.str.230, i32 noundef %1154) #8
  %1155 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1437, i32 0, i32 3), align 8, !tbaa !24
  %1156 = zext i32 %1155 to i64
  %1157 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1156, ptr noundef @.str.231, i32 noundef %1157) #8
  %1158 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1437, i32 0, i32 4), align 4, !tbaa !25
  %1159 = sext i8 %1158 to i64
  %1160 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1159, ptr noundef @.str.232, i32 noundef %1160) #8
  %1161 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_1437, i32 0, i32 5), align 8, !tbaa !26
  %1162 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1161, ptr noundef @.str.233, i32 noundef %1162) #8
  %1163 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1437, i32 0, i32 6), align 8
  %1164 = shl i32 %1163, 11
  %1165 = ashr i32 %1164, 11
  %1166 = sext i32 %1165 to i64
  %1167 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1166, ptr noundef @.str.234, i32 noundef %1167) #8
  %1168 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1437, i32 0, i32 7), align 4, !tbaa !27
  %1169 = zext i32 %1168 to i64
  %1170 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1169, ptr noundef @.str.235, i32 noundef %1170) #8
  %1171 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_1437, i32 0, i32 8), align 8, !tbaa !28
  %1172 = sext i16 %1171 to i64
  %1173 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1172, ptr noundef @.str.236, i32 noundef %1173) #8
  %1174 = load i32, ptr @g_1548, align 4, !tbaa !5
  %1175 = zext i32 %1174 to i64
  %1176 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1175, ptr noundef @.str.237, i32 noundef %1176) #8
  %1177 = load volatile i32, ptr @g_1589, align 4, !tbaa !5
  %1178 = zext i32 %1177 to i64
  %1179 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1178, ptr noundef @.str.238, i32 noundef %1179) #8
  %1180 = load i64, ptr @g_1596, align 1
  %1181 = shl i64 %1180, 44
  %1182 = ashr i64 %1181, 44
  %1183 = trunc i64 %1182 to i32
  %1184 = sext i32 %1183 to i64
  %1185 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1184, ptr noundef @.str.239, i32 noundef %1185) #8
  %1186 = load i64, ptr @g_1596, align 1
  %1187 = shl i64 %1186, 25
  %1188 = ashr i64 %1187, 45
  %1189 = trunc i64 %1188 to i32
  %1190 = sext i32 %1189 to i64
  %1191 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1190, ptr noundef @.str.240, i32 noundef %1191) #8
  %1192 = load volatile i64, ptr @g_1596, align 1
  %1193 = lshr i64 %1192, 39
  %1194 = and i64 %1193, 262143
  %1195 = trunc i64 %1194 to i32
  %1196 = zext i32 %1195 to i64
  %1197 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1196, ptr noundef @.str.241, i32 noundef %1197) #8
  %1198 = load i64, ptr @g_1596, align 1
  %1199 = ashr i64 %1198, 57
  %1200 = trunc i64 %1199 to i32
  %1201 = sext i32 %1200 to i64
  %1202 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1201, ptr noundef @.str.242, i32 noundef %1202) #8
  %1203 = load i64, ptr @g_1609, align 1
  %1204 = shl i64 %1203, 44
  %1205 = ashr i64 %1204, 44
  %1206 = trunc i64 %1205 to i32
  %1207 = sext i32 %1206 to i64
  %1208 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1207, ptr noundef @.str.243, i32 noundef %1208) #8
  %1209 = load i64, ptr @g_1609, align 1
  %1210 = shl i64 %1209, 25
  %1211 = ashr i64 %1210, 45
  %1212 = trunc i64 %1211 to i32
  %1213 = sext i32 %1212 to i64
  %1214 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1213, ptr noundef @.str.244, i32 noundef %1214) #8
  %1215 = load volatile i64, ptr @g_1609, align 1
  %1216 = lshr i64 %1215, 39
  %1217 = and i64 %1216, 262143
  %1218 = trunc i64 %1217 to i32
  %1219 = zext i32 %1218 to i64
  %1220 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1219, ptr noundef @.str.245, i32 noundef %1220) #8
  %1221 = load i64, ptr @g_1609, align 1
  %1222 = ashr i64 %1221, 57
  %1223 = trunc i64 %1222 to i32
  %1224 = sext i32 %1223 to i64
  %1225 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1224, ptr noundef @.str.246, i32 noundef %1225) #8
  %1226 = load volatile i32, ptr @g_1619, align 8, !tbaa !29
  %1227 = zext i32 %1226 to i64
  %1228 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1227, ptr noundef @.str.247, i32 noundef %1228) #8
  %1229 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1619, i32 0, i32 1), align 4, !tbaa !31
  %1230 = sext i8 %1229 to i64
  %1231 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1230, ptr noundef @.str.248, i32 noundef %1231) #8
  %1232 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1619, i32 0, i32 2), align 1
  %1233 = zext i8 %1232 to i32
  %1234 = zext i32 %1233 to i64
  %1235 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1234, ptr noundef @.str.249, i32 noundef %1235) #8
  %1236 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1619, i32 0, i32 3), align 8, !tbaa !32
  %1237 = zext i32 %1236 to i64
  %1238 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1237, ptr noundef @.str.250, i32 noundef %1238) #8
  %1239 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1619, i32 0, i32 4), align 4, !tbaa !33
  %1240 = sext i8 %1239 to i64
  %1241 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1240, ptr noundef @.str.251, i32 noundef %1241) #8
  %1242 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_1619, i32 0, i32 5), align 8, !tbaa !34
  %1243 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1242, ptr noundef @.str.252, i32 noundef %1243) #8
  %1244 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1619, i32 0, i32 6), align 8
  %1245 = shl i32 %1244, 11
  %1246 = ashr i32 %1245, 11
  %1247 = sext i32 %1246 to i64
  %1248 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1247, ptr noundef @.str.253, i32 noundef %1248) #8
  %1249 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1619, i32 0, i32 7), align 4, !tbaa !35
  %1250 = zext i32 %1249 to i64
  %1251 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1250, ptr noundef @.str.254, i32 noundef %1251) #8
  %1252 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_1619, i32 0, i32 8), align 8, !tbaa !36
  %1253 = sext i16 %1252 to i64
  %1254 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1253, ptr noundef @.str.255, i32 noundef %1254) #8
  %1255 = load i8, ptr getelementptr inbounds (%struct.S3, ptr @g_1619, i32 0, i32 1), align 8, !tbaa !37
  %1256 = zext i8 %1255 to i64
  %1257 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1256, ptr noundef @.str.256, i32 noundef %1257) #8
  %1258 = load i16, ptr getelementptr inbounds (%struct.S3, ptr @g_1619, i32 0, i32 2), align 2, !tbaa !38
  %1259 = zext i16 %1258 to i64
  %1260 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1259, ptr noundef @.str.257, i32 noundef %1260) #8
  %1261 = load volatile i32, ptr getelementptr inbounds (%struct.S3, ptr @g_1619, i32 0, i32 3), align 4, !tbaa !39
  %1262 = sext i32 %1261 to i64
  %1263 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1262, ptr noundef @.str.258, i32 noundef %1263) #8
  %1264 = load volatile i32, ptr @g_1690, align 8, !tbaa !29
  %1265 = zext i32 %1264 to i64
  %1266 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1265, ptr noundef @.str.259, i32 noundef %1266) #8
  %1267 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1690, i32 0, i32 1), align 4, !tbaa !31
  %1268 = sext i8 %1267 to i64
  %1269 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1268, ptr noundef @.str.260, i32 noundef %1269) #8
  %1270 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1690, i32 0, i32 2), align 1
  %1271 = zext i8 %1270 to i32
  %1272 = zext i32 %1271 to i64
  %1273 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1272, ptr noundef @.str.261, i32 noundef %1273) #8
  %1274 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1690, i32 0, i32 3), align 8, !tbaa !32
  %1275 = zext i32 %1274 to i64
  %1276 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1275, ptr noundef @.str.262, i32 noundef %1276) #8
  %1277 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1690, i32 0, i32 4), align 4, !tbaa !33
  %1278 = sext i8 %1277 to i64
  %1279 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1278, ptr noundef @.str.263, i32 noundef %1279) #8
  %1280 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_1690, i32 0, i32 5), align 8, !tbaa !34
  %1281 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1280, ptr noundef @.str.264, i32 noundef %1281) #8
  %1282 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1690, i32 0, i32 6), align 8
  %1283 = shl i32 %1282, 11
  %1284 = ashr i32 %1283, 11
  %1285 = sext i32 %1284 to i64
  %1286 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1285, ptr noundef @.str.265, i32 noundef %1286) #8
  %1287 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1690, i32 0, i32 7), align 4, !tbaa !35
  %1288 = zext i32 %1287 to i64
  %1289 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1288, ptr noundef @.str.266, i32 noundef %1289) #8
  %1290 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_1690, i32 0, i32 8), align 8, !tbaa !36
  %1291 = sext i16 %1290 to i64
  %1292 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1291, ptr noundef @.str.267, i32 noundef %1292) #8
  %1293 = load i8, ptr getelementptr inbounds (%struct.S3, ptr @g_1690, i32 0, i32 1), align 8, !tbaa !37
  %1294 = zext i8 %1293 to i64
  %1295 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1294, ptr noundef @.str.268, i32 noundef %1295) #8
  %1296 = load i16, ptr getelementptr inbounds (%struct.S3, ptr @g_1690, i32 0, i32 2), align 2, !tbaa !38
  %1297 = zext i16 %1296 to i64
  %1298 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1297, ptr noundef @.str.269, i32 noundef %1298) #8
  %1299 = load volatile i32, ptr getelementptr inbounds (%struct.S3, ptr @g_1690, i32 0, i32 3), align 4, !tbaa !39
  %1300 = sext i32 %1299 to i64
  %1301 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1300, ptr noundef @.str.270, i32 noundef %1301) #8
  %1302 = load volatile i32, ptr @g_1705, align 8, !tbaa !29
  %1303 = zext i32 %1302 to i64
  %1304 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1303, ptr noundef @.str.271, i32 noundef %1304) #8
  %1305 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1705, i32 0, i32 1), align 4, !tbaa !31
  %1306 = sext i8 %1305 to i64
  %1307 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1306, ptr noundef @.str.272, i32 noundef %1307) #8
  %1308 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1705, i32 0, i32 2), align 1
  %1309 = zext i8 %1308 to i32
  %1310 = zext i32 %1309 to i64
  %1311 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1310, ptr noundef @.str.273, i32 noundef %1311) #8
  %1312 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1705, i32 0, i32 3), align 8, !tbaa !32
  %1313 = zext i32 %1312 to i64
  %1314 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1313, ptr noundef @.str.274, i32 noundef %1314) #8
  %1315 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1705, i32 0, i32 4), align 4, !tbaa !33
  %1316 = sext i8 %1315 to i64
  %1317 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1316, ptr noundef @.str.275, i32 noundef %1317) #8
  %1318 = load volatile i64, ptr getelementptr inbounds (%struct.S0, ptr @g_1705, i32 0, i32 5), align 8, !tbaa !34
  %1319 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1318, ptr noundef @.str.276, i32 noundef %1319) #8
  %1320 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1705, i32 0, i32 6), align 8
  %1321 = shl i32 %1320, 11
  %1322 = ashr i32 %1321, 11
  %1323 = sext i32 %1322 to i64
  %1324 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1323, ptr noundef @.str.277, i32 noundef %1324) #8
  %1325 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1705, i32 0, i32 7), align 4, !tbaa !35
  %1326 = zext i32 %1325 to i64
  %1327 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1326, ptr noundef @.str.278, i32 noundef %1327) #8
  %1328 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr @g_1705, i32 0, i32 8), align 8, !tbaa !36
  %1329 = sext i16 %1328 to i64
  %1330 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1329, ptr noundef @.str.279, i32 noundef %1330) #8
  %1331 = load volatile i8, ptr getelementptr inbounds (%struct.S3, ptr @g_1705, i32 0, i32 1), align 8, !tbaa !37
  %1332 = zext i8 %1331 to i64
  %1333 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1332, ptr noundef @.str.280, i32 noundef %1333) #8
  %1334 = load volatile i16, ptr getelementptr inbounds (%struct.S3, ptr @g_1705, i32 0, i32 2), align 2, !tbaa !38
  %1335 = zext i16 %1334 to i64
  %1336 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1335, ptr noundef @.str.281, i32 noundef %1336) #8
  %1337 = load volatile i32, ptr getelementptr inbounds (%struct.S3, ptr @g_1705, i32 0, i32 3), align 4, !tbaa !39
  %1338 = sext i32 %1337 to i64
  %1339 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1338, ptr noundef @.str.282, i32 noundef %1339) #8
  %1340 = load volatile i64, ptr @g_1708, align 1
  %1341 = shl i64 %1340, 44
  %1342 = ashr i64 %1341, 44
  %1343 = trunc i64 %1342 to i32
  %1344 = sext i32 %1343 to i64
  %1345 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1344, ptr noundef @.str.283, i32 noundef %1345) #8
  %1346 = load volatile i64, ptr @g_1708, align 1
  %1347 = shl i64 %1346, 25
  %1348 = ashr i64 %1347, 45
  %1349 = trunc i64 %1348 to i32
  %1350 = sext i32 %1349 to i64
  %1351 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1350, ptr noundef @.str.284, i32 noundef %1351) #8
  %1352 = load volatile i64, ptr @g_1708, align 1
  %1353 = lshr i64 %1352, 39
  %1354 = and i64 %1353, 262143
  %1355 = trunc i64 %1354 to i32
  %1356 = zext i32 %1355 to i64
  %1357 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1356, ptr noundef @.str.285, i32 noundef %1357) #8
  %1358 = load volatile i64, ptr @g_1708, align 1
  %1359 = ashr i64 %1358, 57
  %1360 = trunc i64 %1359 to i32
  %1361 = sext i32 %1360 to i64
  %1362 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1361, ptr noundef @.str.286, i32 noundef %1362) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %1363

1363:                                             ; preds = %1390, %1144
  %1364 = load i32, ptr %6, align 4, !tbaa !5
  %1365 = icmp slt i32 %1364, 2
  br i1 %1365, label %1366, label %1393

1366:                                             ; preds = %1363
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %1367

1367:                                             ; preds = %1386, %1366
  %1368 = load i32, ptr %7, align 4, !tbaa !5
  %1369 = icmp slt i32 %1368, 8
  br i1 %1369, label %1370, label %1389

1370:                                             ; preds = %1367
  %1371 = load i32, ptr %6, align 4, !tbaa !5
  %1372 = sext i32 %1371 to i64
  %1373 = getelementptr inbounds [2 x [8 x i64]], ptr @g_1794, i64 0, i64 %1372
  %1374 = load i32, ptr %7, align 4, !tbaa !5
  %1375 = sext i32 %1374 to i64
  %1376 = getelementptr inbounds [8 x i64], ptr %1373, i64 0, i64 %1375
  %1377 = load volatile i64, ptr %1376, align 8, !tbaa !13
  %1378 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1377, ptr noundef @.str.287, i32 noundef %1378) #8
  %1379 = load i32, ptr %9, align 4, !tbaa !5
  %1380 = icmp ne i32 %1379, 0
  br i1 %1380, label %1381, label %1385

1381:                                             ; preds = %1370
  %1382 = load i32, ptr %6, align 4, !tbaa !5
  %1383 = load i32, ptr %7, align 4, !tbaa !5
  %1384 = call i32 (ptr, ...) @printf(ptr noundef @.str.214, i32 noundef %1382, i32 noundef %1383) #8
  br label %1385

1385:                                             ; preds = %1381, %1370
  br label %1386

1386:                                             ; preds = %1385
  %1387 = load i32, ptr %7, align 4, !tbaa !5
  %1388 = add nsw i32 %1387, 1
  store i32 %1388, ptr %7, align 4, !tbaa !5
  br label %1367, !llvm.loop !46

1389:                                             ; preds = %1367
  br label %1390

1390:                                             ; preds = %1389
  %1391 = load i32, ptr %6, align 4, !tbaa !5
  %1392 = add nsw i32 %1391, 1
  store i32 %1392, ptr %6, align 4, !tbaa !5
  br label %1363, !llvm.loop !47

1393:                                             ; preds = %1363
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %1394

1394:                                             ; preds = %1410, %1393
  %1395 = load i32, ptr %6, align 4, !tbaa !5
  %1396 = icmp slt i32 %1395, 5
  br i1 %1396, label %1397, label %1413

1397:                                             ; preds = %1394
  %1398 = load i32, ptr %6, align 4, !tbaa !5
  %1399 = sext i32 %1398 to i64
  %1400 = getelementptr inbounds [5 x i32], ptr @g_1801, i64 0, i64 %1399
  %1401 = load i32, ptr %1400, align 4, !tbaa !5
  %1402 = zext i32 %1401 to i64
  %1403 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1402, ptr noundef @.str.288, i32 noundef %1403) #8
  %1404 = load i32, ptr %9, align 4, !tbaa !5
  %1405 = icmp ne i32 %1404, 0
  br i1 %1405, label %1406, label %1409

1406:                                             ; preds = %1397
  %1407 = load i32, ptr %6, align 4, !tbaa !5
  %1408 = call i32 (ptr, ...) @printf(ptr noundef @.str.22, i32 noundef %1407) #8
  br label %1409

1409:                                             ; preds = %1406, %1397
  br label %1410

1410:                                             ; preds = %1409
  %1411 = load i32, ptr %6, align 4, !tbaa !5
  %1412 = add nsw i32 %1411, 1
  store i32 %1412, ptr %6, align 4, !tbaa !5
  br label %1394, !llvm.loop !48

1413:                                             ; preds = %1394
  %1414 = load i8, ptr @g_1811, align 1, !tbaa !15
  %1415 = zext i8 %1414 to i64
  %1416 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1415, ptr noundef @.str.289, i32 noundef %1416) #8
  %1417 = load volatile i32, ptr @g_1825, align 8, !tbaa !29
  %1418 = zext i32 %1417 to i64
  %1419 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1418, ptr noundef @.str.290, i32 noundef %1419) #8
  %1420 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1825, i32 0, i32 1), align 4, !tbaa !31
  %1421 = sext i8 %1420 to i64
  %1422 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1421, ptr noundef @.str.291, i32 noundef %1422) #8
  %1423 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1825, i32 0, i32 2), align 1
  %1424 = zext i8 %1423 to i32
  %1425 = zext i32 %1424 to i64
  %1426 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1425, ptr noundef @.str.292, i32 noundef %1426) #8
  %1427 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1825, i32 0, i32 3), align 8, !tbaa !32
  %1428 = zext i32 %1427 to i64
  %1429 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1428, ptr noundef @.str.293, i32 noundef %1429) #8
  %1430 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1825, i32 0, i32 4), align 4, !tbaa !33
  %1431 = sext i8 %1430 to i64
  %1432 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1431, ptr noundef @.str.294, i32 noundef %1432) #8
  %1433 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_1825, i32 0, i32 5), align 8, !tbaa !34
  %1434 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1433, ptr noundef @.str.295, i32 noundef %1434) #8
  %1435 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1825, i32 0, i32 6), align 8
  %1436 = shl i32 %1435, 11
  %1437 = ashr i32 %1436, 11
  %1438 = sext i32 %1437 to i64
  %1439 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1438, ptr noundef @.str.296, i32 noundef %1439) #8
  %1440 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1825, i32 0, i32 7), align 4, !tbaa !35
  %1441 = zext i32 %1440 to i64
  %1442 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1441, ptr noundef @.str.297, i32 noundef %1442) #8
  %1443 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_1825, i32 0, i32 8), align 8, !tbaa !36
  %1444 = sext i16 %1443 to i64
  %1445 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1444, ptr noundef @.str.298, i32 noundef %1445) #8
  %1446 = load i8, ptr getelementptr inbounds (%struct.S3, ptr @g_1825, i32 0, i32 1), align 8, !tbaa !37
  %1447 = zext i8 %1446 to i64
  %1448 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1447, ptr noundef @.str.299, i32 noundef %1448) #8
  %1449 = load i16, ptr getelementptr inbounds (%struct.S3, ptr @g_1825, i32 0, i32 2), align 2, !tbaa !38
  %1450 = zext i16 %1449 to i64
  %1451 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1450, ptr noundef @.str.300, i32 noundef %1451) #8
  %1452 = load volatile i32, ptr getelementptr inbounds (%struct.S3, ptr @g_1825, i32 0, i32 3), align 4, !tbaa !39
  %1453 = sext i32 %1452 to i64
  %1454 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1453, ptr noundef @.str.301, i32 noundef %1454) #8
  %1455 = load volatile i32, ptr @g_1827, align 8, !tbaa !21
  %1456 = zext i32 %1455 to i64
  %1457 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1456, ptr noundef @.str.302, i32 noundef %1457) #8
  %1458 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1827, i32 0, i32 1), align 4, !tbaa !23
  %1459 = sext i8 %1458 to i64
  %1460 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1459, ptr noundef @.str.303, i32 noundef %1460) #8
  %1461 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1827, i32 0, i32 2), align 1
  %1462 = zext i8 %1461 to i32
  %1463 = zext i32 %1462 to i64
  %1464 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1463, ptr noundef @.str.304, i32 noundef %1464) #8
  %1465 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1827, i32 0, i32 3), align 8, !tbaa !24
  %1466 = zext i32 %1465 to i64
  %1467 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1466, ptr noundef @.str.305, i32 noundef %1467) #8
  %1468 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_1827, i32 0, i32 4), align 4, !tbaa !25
  %1469 = sext i8 %1468 to i64
  %1470 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1469, ptr noundef @.str.306, i32 noundef %1470) #8
  %1471 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_1827, i32 0, i32 5), align 8, !tbaa !26
  %1472 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1471, ptr noundef @.str.307, i32 noundef %1472) #8
  %1473 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1827, i32 0, i32 6), align 8
  %1474 = shl i32 %1473, 11
  %1475 = ashr i32 %1474, 11
  %1476 = sext i32 %1475 to i64
  %1477 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1476, ptr noundef @.str.308, i32 noundef %1477) #8
  %1478 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_1827, i32 0, i32 7), align 4, !tbaa !27
  %1479 = zext i32 %1478 to i64
  %1480 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1479, ptr noundef @.str.309, i32 noundef %1480) #8
  %1481 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_1827, i32 0, i32 8), align 8, !tbaa !28
  %1482 = sext i16 %1481 to i64
  %1483 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1482, ptr noundef @.str.310, i32 noundef %1483) #8
  %1484 = load volatile i32, ptr @g_2001, align 8, !tbaa !21
  %1485 = zext i32 %1484 to i64
  %1486 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1485, ptr noundef @.str.311, i32 noundef %1486) #8
  %1487 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2001, i32 0, i32 1), align 4, !tbaa !23
  %1488 = sext i8 %1487 to i64
  %1489 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1488, ptr noundef @.str.312, i32 noundef %1489) #8
  %1490 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2001, i32 0, i32 2), align 1
  %1491 = zext i8 %1490 to i32
  %1492 = zext i32 %1491 to i64
  %1493 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1492, ptr noundef @.str.313, i32 noundef %1493) #8
  %1494 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_2001, i32 0, i32 3), align 8, !tbaa !24
  %1495 = zext i32 %1494 to i64
  %1496 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1495, ptr noundef @.str.314, i32 noundef %1496) #8
  %1497 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2001, i32 0, i32 4), align 4, !tbaa !25
  %1498 = sext i8 %1497 to i64
  %1499 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1498, ptr noundef @.str.315, i32 noundef %1499) #8
  %1500 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_2001, i32 0, i32 5), align 8, !tbaa !26
  %1501 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1500, ptr noundef @.str.316, i32 noundef %1501) #8
  %1502 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_2001, i32 0, i32 6), align 8
  %1503 = shl i32 %1502, 11
  %1504 = ashr i32 %1503, 11
  %1505 = sext i32 %1504 to i64
  %1506 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1505, ptr noundef @.str.317, i32 noundef %1506) #8
  %1507 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_2001, i32 0, i32 7), align 4, !tbaa !27
  %1508 = zext i32 %1507 to i64
  %1509 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1508, ptr noundef @.str.318, i32 noundef %1509) #8
  %1510 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_2001, i32 0, i32 8), align 8, !tbaa !28
  %1511 = sext i16 %1510 to i64
  %1512 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1511, ptr noundef @.str.319, i32 noundef %1512) #8
  %1513 = load volatile i32, ptr @g_2004, align 8, !tbaa !29
  %1514 = zext i32 %1513 to i64
  %1515 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1514, ptr noundef @.str.320, i32 noundef %1515) #8
  %1516 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2004, i32 0, i32 1), align 4, !tbaa !31
  %1517 = sext i8 %1516 to i64
  %1518 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1517, ptr noundef @.str.321, i32 noundef %1518) #8
  %1519 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2004, i32 0, i32 2), align 1
  %1520 = zext i8 %1519 to i32
  %1521 = zext i32 %1520 to i64
  %1522 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1521, ptr noundef @.str.322, i32 noundef %1522) #8
  %1523 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_2004, i32 0, i32 3), align 8, !tbaa !32
  %1524 = zext i32 %1523 to i64
  %1525 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1524, ptr noundef @.str.323, i32 noundef %1525) #8
  %1526 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2004, i32 0, i32 4), align 4, !tbaa !33
  %1527 = sext i8 %1526 to i64
  %1528 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1527, ptr noundef @.str.324, i32 noundef %1528) #8
  %1529 = load volatile i64, ptr getelementptr inbounds (%struct.S0, ptr @g_2004, i32 0, i32 5), align 8, !tbaa !34
  %1530 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1529, ptr noundef @.str.325, i32 noundef %1530) #8
  %1531 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_2004, i32 0, i32 6), align 8
  %1532 = shl i32 %1531, 11
  %1533 = ashr i32 %1532, 11
  %1534 = sext i32 %1533 to i64
  %1535 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1534, ptr noundef @.str.326, i32 noundef %1535) #8
  %1536 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_2004, i32 0, i32 7), align 4, !tbaa !35
  %1537 = zext i32 %1536 to i64
  %1538 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1537, ptr noundef @.str.327, i32 noundef %1538) #8
  %1539 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr @g_2004, i32 0, i32 8), align 8, !tbaa !36
  %1540 = sext i16 %1539 to i64
  %1541 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1540, ptr noundef @.str.328, i32 noundef %1541) #8
  %1542 = load volatile i8, ptr getelementptr inbounds (%struct.S3, ptr @g_2004, i32 0, i32 1), align 8, !tbaa !37
  %1543 = zext i8 %1542 to i64
  %1544 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1543, ptr noundef @.str.329, i32 noundef %1544) #8
  %1545 = load volatile i16, ptr getelementptr inbounds (%struct.S3, ptr @g_2004, i32 0, i32 2), align 2, !tbaa !38
  %1546 = zext i16 %1545 to i64
  %1547 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1546, ptr noundef @.str.330, i32 noundef %1547) #8
  %1548 = load volatile i32, ptr getelementptr inbounds (%struct.S3, ptr @g_2004, i32 0, i32 3), align 4, !tbaa !39
  %1549 = sext i32 %1548 to i64
  %1550 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1549, ptr noundef @.str.331, i32 noundef %1550) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %1551

1551:                                             ; preds = %1746, %1413
  %1552 = load i32, ptr %6, align 4, !tbaa !5
  %1553 = icmp slt i32 %1552, 5
  br i1 %1553, label %1554, label %1749

1554:                                             ; preds = %1551
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %1555

1555:                                             ; preds = %1742, %1554
  %1556 = load i32, ptr %7, align 4, !tbaa !5
  %1557 = icmp slt i32 %1556, 2
  br i1 %1557, label %1558, label %1745

1558:                                             ; preds = %1555
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %1559

1559:                                             ; preds = %1738, %1558
  %1560 = load i32, ptr %8, align 4, !tbaa !5
  %1561 = icmp slt i32 %1560, 10
  br i1 %1561, label %1562, label %1741

1562:                                             ; preds = %1559
  %1563 = load i32, ptr %6, align 4, !tbaa !5
  %1564 = sext i32 %1563 to i64
  %1565 = getelementptr inbounds [5 x [2 x [10 x %struct.S3]]], ptr @g_2035, i64 0, i64 %1564
  %1566 = load i32, ptr %7, align 4, !tbaa !5
  %1567 = sext i32 %1566 to i64
  %1568 = getelementptr inbounds [2 x [10 x %struct.S3]], ptr %1565, i64 0, i64 %1567
  %1569 = load i32, ptr %8, align 4, !tbaa !5
  %1570 = sext i32 %1569 to i64
  %1571 = getelementptr inbounds [10 x %struct.S3], ptr %1568, i64 0, i64 %1570
  %1572 = getelementptr inbounds %struct.S3, ptr %1571, i32 0, i32 0
  %1573 = getelementptr inbounds %struct.S0, ptr %1572, i32 0, i32 0
  %1574 = load volatile i32, ptr %1573, align 16, !tbaa !29
  %1575 = zext i32 %1574 to i64
  %1576 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1575, ptr noundef @.str.332, i32 noundef %1576) #8
  %1577 = load i32, ptr %6, align 4, !tbaa !5
  %1578 = sext i32 %1577 to i64
  %1579 = getelementptr inbounds [5 x [2 x [10 x %struct.S3]]], ptr @g_2035, i64 0, i64 %1578
  %1580 = load i32, ptr %7, align 4, !tbaa !5
  %1581 = sext i32 %1580 to i64
  %1582 = getelementptr inbounds [2 x [10 x %struct.S3]], ptr %1579, i64 0, i64 %1581
  %1583 = load i32, ptr %8, align 4, !tbaa !5
  %1584 = sext i32 %1583 to i64
  %1585 = getelementptr inbounds [10 x %struct.S3], ptr %1582, i64 0, i64 %1584
  %1586 = getelementptr inbounds %struct.S3, ptr %1585, i32 0, i32 0
  %1587 = getelementptr inbounds %struct.S0, ptr %1586, i32 0, i32 1
  %1588 = load volatile i8, ptr %1587, align 4, !tbaa !31
  %1589 = sext i8 %1588 to i64
  %1590 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1589, ptr noundef @.str.333, i32 noundef %1590) #8
  %1591 = load i32, ptr %6, align 4, !tbaa !5
  %1592 = sext i32 %1591 to i64
  %1593 = getelementptr inbounds [5 x [2 x [10 x %struct.S3]]], ptr @g_2035, i64 0, i64 %1592
  %1594 = load i32, ptr %7, align 4, !tbaa !5
  %1595 = sext i32 %1594 to i64
  %1596 = getelementptr inbounds [2 x [10 x %struct.S3]], ptr %1593, i64 0, i64 %1595
  %1597 = load i32, ptr %8, align 4, !tbaa !5
  %1598 = sext i32 %1597 to i64
  %1599 = getelementptr inbounds [10 x %struct.S3], ptr %1596, i64 0, i64 %1598
  %1600 = getelementptr inbounds %struct.S3, ptr %1599, i32 0, i32 0
  %1601 = getelementptr inbounds %struct.S0, ptr %1600, i32 0, i32 2
  %1602 = load volatile i8, ptr %1601, align 1
  %1603 = zext i8 %1602 to i32
  %1604 = zext i32 %1603 to i64
  %1605 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1604, ptr noundef @.str.334, i32 noundef %1605) #8
  %1606 = load i32, ptr %6, align 4, !tbaa !5
  %1607 = sext i32 %1606 to i64
  %1608 = getelementptr inbounds [5 x [2 x [10 x %struct.S3]]], ptr @g_2035, i64 0, i64 %1607
  %1609 = load i32, ptr %7, align 4, !tbaa !5
  %1610 = sext i32 %1609 to i64
  %1611 = getelementptr inbounds [2 x [10 x %struct.S3]], ptr %1608, i64 0, i64 %1610
  %1612 = load i32, ptr %8, align 4, !tbaa !5
  %1613 = sext i32 %1612 to i64
  %1614 = getelementptr inbounds [10 x %struct.S3], ptr %1611, i64 0, i64 %1613
  %1615 = getelementptr inbounds %struct.S3, ptr %1614, i32 0, i32 0
  %1616 = getelementptr inbounds %struct.S0, ptr %1615, i32 0, i32 3
  %1617 = load volatile i32, ptr %1616, align 8, !tbaa !32
  %1618 = zext i32 %1617 to i64
  %1619 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1618, ptr noundef @.str.335, i32 noundef %1619) #8
  %1620 = load i32, ptr %6, align 4, !tbaa !5
  %1621 = sext i32 %1620 to i64
  %1622 = getelementptr inbounds [5 x [2 x [10 x %struct.S3]]], ptr @g_2035, i64 0, i64 %1621
  %1623 = load i32, ptr %7, align 4, !tbaa !5
  %1624 = sext i32 %1623 to i64
  %1625 = getelementptr inbounds [2 x [10 x %struct.S3]], ptr %1622, i64 0, i64 %1624
  %1626 = load i32, ptr %8, align 4, !tbaa !5
  %1627 = sext i32 %1626 to i64
  %1628 = getelementptr inbounds [10 x %struct.S3], ptr %1625, i64 0, i64 %1627
  %1629 = getelementptr inbounds %struct.S3, ptr %1628, i32 0, i32 0
  %1630 = getelementptr inbounds %struct.S0, ptr %1629, i32 0, i32 4
  %1631 = load volatile i8, ptr %1630, align 4, !tbaa !33
  %1632 = sext i8 %1631 to i64
  %1633 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1632, ptr noundef @.str.336, i32 noundef %1633) #8
  %1634 = load i32, ptr %6, align 4, !tbaa !5
  %1635 = sext i32 %1634 to i64
  %1636 = getelementptr inbounds [5 x [2 x [10 x %struct.S3]]], ptr @g_2035, i64 0, i64 %1635
  %1637 = load i32, ptr %7, align 4, !tbaa !5
  %1638 = sext i32 %1637 to i64
  %1639 = getelementptr inbounds [2 x [10 x %struct.S3]], ptr %1636, i64 0, i64 %1638
  %1640 = load i32, ptr %8, align 4, !tbaa !5
  %1641 = sext i32 %1640 to i64
  %1642 = getelementptr inbounds [10 x %struct.S3], ptr %1639, i64 0, i64 %1641
  %1643 = getelementptr inbounds %struct.S3, ptr %1642, i32 0, i32 0
  %1644 = getelementptr inbounds %struct.S0, ptr %1643, i32 0, i32 5
  %1645 = load volatile i64, ptr %1644, align 16, !tbaa !34
  %1646 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1645, ptr noundef @.str.337, i32 noundef %1646) #8
  %1647 = load i32, ptr %6, align 4, !tbaa !5
  %1648 = sext i32 %1647 to i64
  %1649 = getelementptr inbounds [5 x [2 x [10 x %struct.S3]]], ptr @g_2035, i64 0, i64 %1648
  %1650 = load i32, ptr %7, align 4, !tbaa !5
  %1651 = sext i32 %1650 to i64
  %1652 = getelementptr inbounds [2 x [10 x %struct.S3]], ptr %1649, i64 0, i64 %1651
  %1653 = load i32, ptr %8, align 4, !tbaa !5
  %1654 = sext i32 %1653 to i64
  %1655 = getelementptr inbounds [10 x %struct.S3], ptr %1652, i64 0, i64 %1654
  %1656 = getelementptr inbounds %struct.S3, ptr %1655, i32 0, i32 0
  %1657 = getelementptr inbounds %struct.S0, ptr %1656, i32 0, i32 6
  %1658 = load volatile i32, ptr %1657, align 8
  %1659 = shl i32 %1658, 11
  %1660 = ashr i32 %1659, 11
  %1661 = sext i32 %1660 to i64
  %1662 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1661, ptr noundef @.str.338, i32 noundef %1662) #8
  %1663 = load i32, ptr %6, align 4, !tbaa !5
  %1664 = sext i32 %1663 to i64
  %1665 = getelementptr inbounds [5 x [2 x [10 x %struct.S3]]], ptr @g_2035, i64 0, i64 %1664
  %1666 = load i32, ptr %7, align 4, !tbaa !5
  %1667 = sext i32 %1666 to i64
  %1668 = getelementptr inbounds [2 x [10 x %struct.S3]], ptr %1665, i64 0, i64 %1667
  %1669 = load i32, ptr %8, align 4, !tbaa !5
  %1670 = sext i32 %1669 to i64
  %1671 = getelementptr inbounds [10 x %struct.S3], ptr %1668, i64 0, i64 %1670
  %1672 = getelementptr inbounds %struct.S3, ptr %1671, i32 0, i32 0
  %1673 = getelementptr inbounds %struct.S0, ptr %1672, i32 0, i32 7
  %1674 = load volatile i32, ptr %1673, align 4, !tbaa !35
  %1675 = zext i32 %1674 to i64
  %1676 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1675, ptr noundef @.str.339, i32 noundef %1676) #8
  %1677 = load i32, ptr %6, align 4, !tbaa !5
  %1678 = sext i32 %1677 to i64
  %1679 = getelementptr inbounds [5 x [2 x [10 x %struct.S3]]], ptr @g_2035, i64 0, i64 %1678
  %1680 = load i32, ptr %7, align 4, !tbaa !5
  %1681 = sext i32 %1680 to i64
  %1682 = getelementptr inbounds [2 x [10 x %struct.S3]], ptr %1679, i64 0, i64 %1681
  %1683 = load i32, ptr %8, align 4, !tbaa !5
  %1684 = sext i32 %1683 to i64
  %1685 = getelementptr inbounds [10 x %struct.S3], ptr %1682, i64 0, i64 %1684
  %1686 = getelementptr inbounds %struct.S3, ptr %1685, i32 0, i32 0
  %1687 = getelementptr inbounds %struct.S0, ptr %1686, i32 0, i32 8
  %1688 = load volatile i16, ptr %1687, align 16, !tbaa !36
  %1689 = sext i16 %1688 to i64
  %1690 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1689, ptr noundef @.str.340, i32 noundef %1690) #8
  %1691 = load i32, ptr %6, align 4, !tbaa !5
  %1692 = sext i32 %1691 to i64
  %1693 = getelementptr inbounds [5 x [2 x [10 x %struct.S3]]], ptr @g_2035, i64 0, i64 %1692
  %1694 = load i32, ptr %7, align 4, !tbaa !5
  %1695 = sext i32 %1694 to i64
  %1696 = getelementptr inbounds [2 x [10 x %struct.S3]], ptr %1693, i64 0, i64 %1695
  %1697 = load i32, ptr %8, align 4, !tbaa !5
  %1698 = sext i32 %1697 to i64
  %1699 = getelementptr inbounds [10 x %struct.S3], ptr %1696, i64 0, i64 %1698
  %1700 = getelementptr inbounds %struct.S3, ptr %1699, i32 0, i32 1
  %1701 = load volatile i8, ptr %1700, align 8, !tbaa !37
  %1702 = zext i8 %1701 to i64
  %1703 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1702, ptr noundef @.str.341, i32 noundef %1703) #8
  %1704 = load i32, ptr %6, align 4, !tbaa !5
  %1705 = sext i32 %1704 to i64
  %1706 = getelementptr inbounds [5 x [2 x [10 x %struct.S3]]], ptr @g_2035, i64 0, i64 %1705
  %1707 = load i32, ptr %7, align 4, !tbaa !5
  %1708 = sext i32 %1707 to i64
  %1709 = getelementptr inbounds [2 x [10 x %struct.S3]], ptr %1706, i64 0, i64 %1708
  %1710 = load i32, ptr %8, align 4, !tbaa !5
  %1711 = sext i32 %1710 to i64
  %1712 = getelementptr inbounds [10 x %struct.S3], ptr %1709, i64 0, i64 %1711
  %1713 = getelementptr inbounds %struct.S3, ptr %1712, i32 0, i32 2
  %1714 = load volatile i16, ptr %1713, align 2, !tbaa !38
  %1715 = zext i16 %1714 to i64
  %1716 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1715, ptr noundef @.str.342, i32 noundef %1716) #8
  %1717 = load i32, ptr %6, align 4, !tbaa !5
  %1718 = sext i32 %1717 to i64
  %1719 = getelementptr inbounds [5 x [2 x [10 x %struct.S3]]], ptr @g_2035, i64 0, i64 %1718
  %1720 = load i32, ptr %7, align 4, !tbaa !5
  %1721 = sext i32 %1720 to i64
  %1722 = getelementptr inbounds [2 x [10 x %struct.S3]], ptr %1719, i64 0, i64 %1721
  %1723 = load i32, ptr %8, align 4, !tbaa !5
  %1724 = sext i32 %1723 to i64
  %1725 = getelementptr inbounds [10 x %struct.S3], ptr %1722, i64 0, i64 %1724
  %1726 = getelementptr inbounds %struct.S3, ptr %1725, i32 0, i32 3
  %1727 = load volatile i32, ptr %1726, align 4, !tbaa !39
  %1728 = sext i32 %1727 to i64
  %1729 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1728, ptr noundef @.str.343, i32 noundef %1729) #8
  %1730 = load i32, ptr %9, align 4, !tbaa !5
  %1731 = icmp ne i32 %1730, 0
  br i1 %1731, label %1732, label %1737

1732:                                             ; preds = %1562
  %1733 = load i32, ptr %6, align 4, !tbaa !5
  %1734 = load i32, ptr %7, align 4, !tbaa !5
  %1735 = load i32, ptr %8, align 4, !tbaa !5
  %1736 = call i32 (ptr, ...) @printf(ptr noundef @.str.344, i32 noundef %1733, i32 noundef %1734, i32 noundef %1735) #8
  br label %1737

1737:                                             ; preds = %1732, %1562
  br label %1738

1738:                                             ; preds = %1737
  %1739 = load i32, ptr %8, align 4, !tbaa !5
  %1740 = add nsw i32 %1739, 1
  store i32 %1740, ptr %8, align 4, !tbaa !5
  br label %1559, !llvm.loop !49

1741:                                             ; preds = %1559
  br label %1742

1742:                                             ; preds = %1741
  %1743 = load i32, ptr %7, align 4, !tbaa !5
  %1744 = add nsw i32 %1743, 1
  store i32 %1744, ptr %7, align 4, !tbaa !5
  br label %1555, !llvm.loop !50

1745:                                             ; preds = %1555
  br label %1746

1746:                                             ; preds = %1745
  %1747 = load i32, ptr %6, align 4, !tbaa !5
  %1748 = add nsw i32 %1747, 1
  store i32 %1748, ptr %6, align 4, !tbaa !5
  br label %1551, !llvm.loop !51

1749:                                             ; preds = %1551
  %1750 = load volatile i32, ptr @g_2047, align 8, !tbaa !29
  %1751 = zext i32 %1750 to i64
  %1752 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1751, ptr noundef @.str.345, i32 noundef %1752) #8
  %1753 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2047, i32 0, i32 1), align 4, !tbaa !31
  %1754 = sext i8 %1753 to i64
  %1755 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1754, ptr noundef @.str.346, i32 noundef %1755) #8
  %1756 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2047, i32 0, i32 2), align 1
  %1757 = zext i8 %1756 to i32
  %1758 = zext i32 %1757 to i64
  %1759 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1758, ptr noundef @.str.347, i32 noundef %1759) #8
  %1760 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_2047, i32 0, i32 3), align 8, !tbaa !32
  %1761 = zext i32 %1760 to i64
  %1762 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1761, ptr noundef @.str.348, i32 noundef %1762) #8
  %1763 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2047, i32 0, i32 4), align 4, !tbaa !33
  %1764 = sext i8 %1763 to i64
  %1765 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1764, ptr noundef @.str.349, i32 noundef %1765) #8
  %1766 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_2047, i32 0, i32 5), align 8, !tbaa !34
  %1767 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1766, ptr noundef @.str.350, i32 noundef %1767) #8
  %1768 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_2047, i32 0, i32 6), align 8
  %1769 = shl i32 %1768, 11
  %1770 = ashr i32 %1769, 11
  %1771 = sext i32 %1770 to i64
  %1772 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1771, ptr noundef @.str.351, i32 noundef %1772) #8
  %1773 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_2047, i32 0, i32 7), align 4, !tbaa !35
  %1774 = zext i32 %1773 to i64
  %1775 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1774, ptr noundef @.str.352, i32 noundef %1775) #8
  %1776 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_2047, i32 0, i32 8), align 8, !tbaa !36
  %1777 = sext i16 %1776 to i64
  %1778 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1777, ptr noundef @.str.353, i32 noundef %1778) #8
  %1779 = load i8, ptr getelementptr inbounds (%struct.S3, ptr @g_2047, i32 0, i32 1), align 8, !tbaa !37
  %1780 = zext i8 %1779 to i64
  %1781 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1780, ptr noundef @.str.354, i32 noundef %1781) #8
  %1782 = load i16, ptr getelementptr inbounds (%struct.S3, ptr @g_2047, i32 0, i32 2), align 2, !tbaa !38
  %1783 = zext i16 %1782 to i64
  %1784 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1783, ptr noundef @.str.355, i32 noundef %1784) #8
  %1785 = load volatile i32, ptr getelementptr inbounds (%struct.S3, ptr @g_2047, i32 0, i32 3), align 4, !tbaa !39
  %1786 = sext i32 %1785 to i64
  %1787 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1786, ptr noundef @.str.356, i32 noundef %1787) #8
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %1788

1788:                                             ; preds = %1893, %1749
  %1789 = load i32, ptr %6, align 4, !tbaa !5
  %1790 = icmp slt i32 %1789, 9
  br i1 %1790, label %1791, label %1896

1791:                                             ; preds = %1788
  %1792 = load i32, ptr %6, align 4, !tbaa !5
  %1793 = sext i32 %1792 to i64
  %1794 = getelementptr inbounds [9 x %struct.S3], ptr @g_2049, i64 0, i64 %1793
  %1795 = getelementptr inbounds %struct.S3, ptr %1794, i32 0, i32 0
  %1796 = getelementptr inbounds %struct.S0, ptr %1795, i32 0, i32 0
  %1797 = load volatile i32, ptr %1796, align 16, !tbaa !29
  %1798 = zext i32 %1797 to i64
  %1799 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1798, ptr noundef @.str.357, i32 noundef %1799) #8
  %1800 = load i32, ptr %6, align 4, !tbaa !5
  %1801 = sext i32 %1800 to i64
  %1802 = getelementptr inbounds [9 x %struct.S3], ptr @g_2049, i64 0, i64 %1801
  %1803 = getelementptr inbounds %struct.S3, ptr %1802, i32 0, i32 0
  %1804 = getelementptr inbounds %struct.S0, ptr %1803, i32 0, i32 1
  %1805 = load volatile i8, ptr %1804, align 4, !tbaa !31
  %1806 = sext i8 %1805 to i64
  %1807 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1806, ptr noundef @.str.358, i32 noundef %1807) #8
  %1808 = load i32, ptr %6, align 4, !tbaa !5
  %1809 = sext i32 %1808 to i64
  %1810 = getelementptr inbounds [9 x %struct.S3], ptr @g_2049, i64 0, i64 %1809
  %1811 = getelementptr inbounds %struct.S3, ptr %1810, i32 0, i32 0
  %1812 = getelementptr inbounds %struct.S0, ptr %1811, i32 0, i32 2
  %1813 = load i8, ptr %1812, align 1
  %1814 = zext i8 %1813 to i32
  %1815 = zext i32 %1814 to i64
  %1816 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1815, ptr noundef @.str.359, i32 noundef %1816) #8
  %1817 = load i32, ptr %6, align 4, !tbaa !5
  %1818 = sext i32 %1817 to i64
  %1819 = getelementptr inbounds [9 x %struct.S3], ptr @g_2049, i64 0, i64 %1818
  %1820 = getelementptr inbounds %struct.S3, ptr %1819, i32 0, i32 0
  %1821 = getelementptr inbounds %struct.S0, ptr %1820, i32 0, i32 3
  %1822 = load i32, ptr %1821, align 8, !tbaa !32
  %1823 = zext i32 %1822 to i64
  %1824 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1823, ptr noundef @.str.360, i32 noundef %1824) #8
  %1825 = load i32, ptr %6, align 4, !tbaa !5
  %1826 = sext i32 %1825 to i64
  %1827 = getelementptr inbounds [9 x %struct.S3], ptr @g_2049, i64 0, i64 %1826
  %1828 = getelementptr inbounds %struct.S3, ptr %1827, i32 0, i32 0
  %1829 = getelementptr inbounds %struct.S0, ptr %1828, i32 0, i32 4
  %1830 = load i8, ptr %1829, align 4, !tbaa !33
  %1831 = sext i8 %1830 to i64
  %1832 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1831, ptr noundef @.str.361, i32 noundef %1832) #8
  %1833 = load i32, ptr %6, align 4, !tbaa !5
  %1834 = sext i32 %1833 to i64
  %1835 = getelementptr inbounds [9 x %struct.S3], ptr @g_2049, i64 0, i64 %1834
  %1836 = getelementptr inbounds %struct.S3, ptr %1835, i32 0, i32 0
  %1837 = getelementptr inbounds %struct.S0, ptr %1836, i32 0, i32 5
  %1838 = load i64, ptr %1837, align 16, !tbaa !34
  %1839 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1838, ptr noundef @.str.362, i32 noundef %1839) #8
  %1840 = load i32, ptr %6, align 4, !tbaa !5
  %1841 = sext i32 %1840 to i64
  %1842 = getelementptr inbounds [9 x %struct.S3], ptr @g_2049, i64 0, i64 %1841
  %1843 = getelementptr inbounds %struct.S3, ptr %1842, i32 0, i32 0
  %1844 = getelementptr inbounds %struct.S0, ptr %1843, i32 0, i32 6
  %1845 = load i32, ptr %1844, align 8
  %1846 = shl i32 %1845, 11
  %1847 = ashr i32 %1846, 11
  %1848 = sext i32 %1847 to i64
  %1849 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1848, ptr noundef @.str.363, i32 noundef %1849) #8
  %1850 = load i32, ptr %6, align 4, !tbaa !5
  %1851 = sext i32 %1850 to i64
  %1852 = getelementptr inbounds [9 x %struct.S3], ptr @g_2049, i64 0, i64 %1851
  %1853 = getelementptr inbounds %struct.S3, ptr %1852, i32 0, i32 0
  %1854 = getelementptr inbounds %struct.S0, ptr %1853, i32 0, i32 7
  %1855 = load volatile i32, ptr %1854, align 4, !tbaa !35
  %1856 = zext i32 %1855 to i64
  %1857 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1856, ptr noundef @.str.364, i32 noundef %1857) #8
  %1858 = load i32, ptr %6, align 4, !tbaa !5
  %1859 = sext i32 %1858 to i64
  %1860 = getelementptr inbounds [9 x %struct.S3], ptr @g_2049, i64 0, i64 %1859
  %1861 = getelementptr inbounds %struct.S3, ptr %1860, i32 0, i32 0
  %1862 = getelementptr inbounds %struct.S0, ptr %1861, i32 0, i32 8
  %1863 = load i16, ptr %1862, align 16, !tbaa !36
  %1864 = sext i16 %1863 to i64
  %1865 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1864, ptr noundef @.str.365, i32 noundef %1865) #8
  %1866 = load i32, ptr %6, align 4, !tbaa !5
  %1867 = sext i32 %1866 to i64
  %1868 = getelementptr inbounds [9 x %struct.S3], ptr @g_2049, i64 0, i64 %1867
  %1869 = getelementptr inbounds %struct.S3, ptr %1868, i32 0, i32 1
  %1870 = load i8, ptr %1869, align 8, !tbaa !37
  %1871 = zext i8 %1870 to i64
  %1872 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1871, ptr noundef @.str.366, i32 noundef %1872) #8
  %1873 = load i32, ptr %6, align 4, !tbaa !5
  %1874 = sext i32 %1873 to i64
  %1875 = getelementptr inbounds [9 x %struct.S3], ptr @g_2049, i64 0, i64 %1874
  %1876 = getelementptr inbounds %struct.S3, ptr %1875, i32 0, i32 2
  %1877 = load i16, ptr %1876, align 2, !tbaa !38
  %1878 = zext i16 %1877 to i64
  %1879 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1878, ptr noundef @.str.367, i32 noundef %1879) #8
  %1880 = load i32, ptr %6, align 4, !tbaa !5
  %1881 = sext i32 %1880 to i64
  %1882 = getelementptr inbounds [9 x %struct.S3], ptr @g_2049, i64 0, i64 %1881
  %1883 = getelementptr inbounds %struct.S3, ptr %1882, i32 0, i32 3
  %1884 = load volatile i32, ptr %1883, align 4, !tbaa !39
  %1885 = sext i32 %1884 to i64
  %1886 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1885, ptr noundef @.str.368, i32 noundef %1886) #8
  %1887 = load i32, ptr %9, align 4, !tbaa !5
  %1888 = icmp ne i32 %1887, 0
  br i1 %1888, label %1889, label %1892

1889:                                             ; preds = %1791
  %1890 = load i32, ptr %6, align 4, !tbaa !5
  %1891 = call i32 (ptr, ...) @printf(ptr noundef @.str.22, i32 noundef %1890) #8
  br label %1892

1892:                                             ; preds = %1889, %1791
  br label %1893

1893:                                             ; preds = %1892
  %1894 = load i32, ptr %6, align 4, !tbaa !5
  %1895 = add nsw i32 %1894, 1
  store i32 %1895, ptr %6, align 4, !tbaa !5
  br label %1788, !llvm.loop !52

1896:                                             ; preds = %1788
  %1897 = load volatile i32, ptr @g_2051, align 8, !tbaa !29
  %1898 = zext i32 %1897 to i64
  %1899 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1898, ptr noundef @.str.369, i32 noundef %1899) #8
  %1900 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2051, i32 0, i32 1), align 4, !tbaa !31
  %1901 = sext i8 %1900 to i64
  %1902 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1901, ptr noundef @.str.370, i32 noundef %1902) #8
  %1903 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2051, i32 0, i32 2), align 1
  %1904 = zext i8 %1903 to i32
  %1905 = zext i32 %1904 to i64
  %1906 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1905, ptr noundef @.str.371, i32 noundef %1906) #8
  %1907 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_2051, i32 0, i32 3), align 8, !tbaa !32
  %1908 = zext i32 %1907 to i64
  %1909 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1908, ptr noundef @.str.372, i32 noundef %1909) #8
  %1910 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2051, i32 0, i32 4), align 4, !tbaa !33
  %1911 = sext i8 %1910 to i64
  %1912 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1911, ptr noundef @.str.373, i32 noundef %1912) #8
  %1913 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_2051, i32 0, i32 5), align 8, !tbaa !34
  %1914 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1913, ptr noundef @.str.374, i32 noundef %1914) #8
  %1915 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_2051, i32 0, i32 6), align 8
  %1916 = shl i32 %1915, 11
  %1917 = ashr i32 %1916, 11
  %1918 = sext i32 %1917 to i64
  %1919 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1918, ptr noundef @.str.375, i32 noundef %1919) #8
  %1920 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_2051, i32 0, i32 7), align 4, !tbaa !35
  %1921 = zext i32 %1920 to i64
  %1922 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1921, ptr noundef @.str.376, i32 noundef %1922) #8
  %1923 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_2051, i32 0, i32 8), align 8, !tbaa !36
  %1924 = sext i16 %1923 to i64
  %1925 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1924, ptr noundef @.str.377, i32 noundef %1925) #8
  %1926 = load i8, ptr getelementptr inbounds (%struct.S3, ptr @g_2051, i32 0, i32 1), align 8, !tbaa !37
  %1927 = zext i8 %1926 to i64
  %1928 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1927, ptr noundef @.str.378, i32 noundef %1928) #8
  %1929 = load i16, ptr getelementptr inbounds (%struct.S3, ptr @g_2051, i32 0, i32 2), align 2, !tbaa !38
  %1930 = zext i16 %1929 to i64
  %1931 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1930, ptr noundef @.str.379, i32 noundef %1931) #8
  %1932 = load volatile i32, ptr getelementptr inbounds (%struct.S3, ptr @g_2051, i32 0, i32 3), align 4, !tbaa !39
  %1933 = sext i32 %1932 to i64
  %1934 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1933, ptr noundef @.str.380, i32 noundef %1934) #8
  %1935 = load volatile i32, ptr @g_2059, align 8, !tbaa !21
  %1936 = zext i32 %1935 to i64
  %1937 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1936, ptr noundef @.str.381, i32 noundef %1937) #8
  %1938 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2059, i32 0, i32 1), align 4, !tbaa !23
  %1939 = sext i8 %1938 to i64
  %1940 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1939, ptr noundef @.str.382, i32 noundef %1940) #8
  %1941 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2059, i32 0, i32 2), align 1
  %1942 = zext i8 %1941 to i32
  %1943 = zext i32 %1942 to i64
  %1944 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1943, ptr noundef @.str.383, i32 noundef %1944) #8
  %1945 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_2059, i32 0, i32 3), align 8, !tbaa !24
  %1946 = zext i32 %1945 to i64
  %1947 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1946, ptr noundef @.str.384, i32 noundef %1947) #8
  %1948 = load i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2059, i32 0, i32 4), align 4, !tbaa !25
  %1949 = sext i8 %1948 to i64
  %1950 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1949, ptr noundef @.str.385, i32 noundef %1950) #8
  %1951 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_2059, i32 0, i32 5), align 8, !tbaa !26
  %1952 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1951, ptr noundef @.str.386, i32 noundef %1952) #8
  %1953 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_2059, i32 0, i32 6), align 8
  %1954 = shl i32 %1953, 11
  %1955 = ashr i32 %1954, 11
  %1956 = sext i32 %1955 to i64
  %1957 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1956, ptr noundef @.str.387, i32 noundef %1957) #8
  %1958 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_2059, i32 0, i32 7), align 4, !tbaa !27
  %1959 = zext i32 %1958 to i64
  %1960 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1959, ptr noundef @.str.388, i32 noundef %1960) #8
  %1961 = load i16, ptr getelementptr inbounds (%struct.S0, ptr @g_2059, i32 0, i32 8), align 8, !tbaa !28
  %1962 = sext i16 %1961 to i64
  %1963 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1962, ptr noundef @.str.389, i32 noundef %1963) #8
  %1964 = load volatile i32, ptr @g_2068, align 8, !tbaa !29
  %1965 = zext i32 %1964 to i64
  %1966 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1965, ptr noundef @.str.390, i32 noundef %1966) #8
  %1967 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2068, i32 0, i32 1), align 4, !tbaa !31
  %1968 = sext i8 %1967 to i64
  %1969 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1968, ptr noundef @.str.391, i32 noundef %1969) #8
  %1970 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2068, i32 0, i32 2), align 1
  %1971 = zext i8 %1970 to i32
  %1972 = zext i32 %1971 to i64
  %1973 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1972, ptr noundef @.str.392, i32 noundef %1973) #8
  %1974 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_2068, i32 0, i32 3), align 8, !tbaa !32
  %1975 = zext i32 %1974 to i64
  %1976 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1975, ptr noundef @.str.393, i32 noundef %1976) #8
  %1977 = load volatile i8, ptr getelementptr inbounds (%struct.S0, ptr @g_2068, i32 0, i32 4), align 4, !tbaa !33
  %1978 = sext i8 %1977 to i64
  %1979 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1978, ptr noundef @.str.394, i32 noundef %1979) #8
  %1980 = load volatile i64, ptr getelementptr inbounds (%struct.S0, ptr @g_2068, i32 0, i32 5), align 8, !tbaa !34
  %1981 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1980, ptr noundef @.str.395, i32 noundef %1981) #8
  %1982 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_2068, i32 0, i32 6), align 8
  %1983 = shl i32 %1982, 11
  %1984 = ashr i32 %1983, 11
  %1985 = sext i32 %1984 to i64
  %1986 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1985, ptr noundef @.str.396, i32 noundef %1986) #8
  %1987 = load volatile i32, ptr getelementptr inbounds (%struct.S0, ptr @g_2068, i32 0, i32 7), align 4, !tbaa !35
  %1988 = zext i32 %1987 to i64
  %1989 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1988, ptr noundef @.str.397, i32 noundef %1989) #8
  %1990 = load volatile i16, ptr getelementptr inbounds (%struct.S0, ptr @g_2068, i32 0, i32 8), align 8, !tbaa !36
  %1991 = sext i16 %1990 to i64
  %1992 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1991, ptr noundef @.str.398, i32 noundef %1992) #8
  %1993 = load volatile i8, ptr getelementptr inbounds (%struct.S3, ptr @g_2068, i32 0, i32 1), align 8, !tbaa !37
  %1994 = zext i8 %1993 to i64
  %1995 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1994, ptr noundef @.str.399, i32 noundef %1995) #8
  %1996 = load volatile i16, ptr getelementptr inbounds (%struct.S3, ptr @g_2068, i32 0, i32 2), align 2, !tbaa !38
  %1997 = zext i16 %1996 to i64
  %1998 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %1997, ptr noundef @.str.400, i32 noundef %1998) #8
  %1999 = load volatile i32, ptr getelementptr inbounds (%struct.S3, ptr @g_2068, i32 0, i32 3), align 4, !tbaa !39
  %2000 = sext i32 %1999 to i64
  %2001 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %2000, ptr noundef @.str.401, i32 noundef %2001) #8
  %2002 = load i8, ptr @g_2085, align 1, !tbaa !15
  %2003 = sext i8 %2002 to i64
  %2004 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %2003, ptr noundef @.str.402, i32 noundef %2004) #8
  %2005 = load i64, ptr @g_2088, align 1
  %2006 = shl i64 %2005, 44
  %2007 = ashr i64 %2006, 44
  %2008 = trunc i64 %2007 to i32
  %2009 = sext i32 %2008 to i64
  %2010 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %2009, ptr noundef @.str.403, i32 noundef %2010) #8
  %2011 = load i64, ptr @g_2088, align 1
  %2012 = shl i64 %2011, 25
  %2013 = ashr i64 %2012, 45
  %2014 = trunc i64 %2013 to i32
  %2015 = sext i32 %2014 to i64
  %2016 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %2015, ptr noundef @.str.404, i32 noundef %2016) #8
  %2017 = load volatile i64, ptr @g_2088, align 1
  %2018 = lshr i64 %2017, 39
  %2019 = and i64 %2018, 262143
  %2020 = trunc i64 %2019 to i32
  %2021 = zext i32 %2020 to i64
  %2022 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %2021, ptr noundef @.str.405, i32 noundef %2022) #8
  %2023 = load i64, ptr @g_2088, align 1
  %2024 = ashr i64 %2023, 57
  %2025 = trunc i64 %2024 to i32
  %2026 = sext i32 %2025 to i64
  %2027 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %2026, ptr noundef @.str.406, i32 noundef %2027) #8
  %2028 = load i64, ptr @g_2090, align 1
  %2029 = shl i64 %2028, 44
  %2030 = ashr i64 %2029, 44
  %2031 = trunc i64 %2030 to i32
  %2032 = sext i32 %2031 to i64
  %2033 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %2032, ptr noundef @.str.407, i32 noundef %2033) #8
  %2034 = load i64, ptr @g_2090, align 1
  %2035 = shl i64 %2034, 25
  %2036 = ashr i64 %2035, 45
  %2037 = trunc i64 %2036 to i32
  %2038 = sext i32 %2037 to i64
  %2039 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %2038, ptr noundef @.str.408, i32 noundef %2039) #8
  %2040 = load volatile i64, ptr @g_2090, align 1
  %2041 = lshr i64 %2040, 39
  %2042 = and i64 %2041, 262143
  %2043 = trunc i64 %2042 to i32
  %2044 = zext i32 %2043 to i64
  %2045 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %2044, ptr noundef @.str.409, i32 noundef %2045) #8
  %2046 = load i64, ptr @g_2090, align 1
  %2047 = ashr i64 %2046, 57
  %2048 = trunc i64 %2047 to i32
  %2049 = sext i32 %2048 to i64
  %2050 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %2049, ptr noundef @.str.410, i32 noundef %2050) #8
  %2051 = load i32, ptr @crc32_context, align 4, !tbaa !5
  %2052 = zext i32 %2051 to i64
  %2053 = xor i64 %2052, 4294967295
  %2054 = trunc i64 %2053 to i32
  %2055 = load i32, ptr %9, align 4, !tbaa !5
  call void @platform_main_end(i32 noundef %2054, i32 noundef %2055) #8
  call void @llvm.lifetime.end.p0(i64 4, ptr %9) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %8) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %7) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %6) #6
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
define internal void @platform_main_begin() #0 {
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @crc32_gentab() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %1) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #6
  store i32 -306674912, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %3) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %4) #6
  store i32 0, ptr %3, align 4, !tbaa !5
  br label %5

5:                                                ; preds = %33, %0
  %6 = load i32, ptr %3, align 4, !tbaa !5
  %7 = icmp slt i32 %6, 256
  br i1 %7, label %8, label %36

8:                                                ; preds = %5
  %9 = load i32, ptr %3, align 4, !tbaa !5
  store i32 %9, ptr %1, align 4, !tbaa !5
  store i32 8, ptr %4, align 4, !tbaa !5
  br label %10

10:                                               ; preds = %25, %8
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = icmp sgt i32 %11, 0
  br i1 %12, label %13, label %28

13:                                               ; preds = %10
  %14 = load i32, ptr %1, align 4, !tbaa !5
  %15 = and i32 %14, 1
  %16 = icmp ne i32 %15, 0
  br i1 %16, label %17, label %21

17:                                               ; preds = %13
  %18 = load i32, ptr %1, align 4, !tbaa !5
  %19 = lshr i32 %18, 1
  %20 = xor i32 %19, -306674912
  store i32 %20, ptr %1, align 4, !tbaa !5
  br label %24

21:                                               ; preds = %13
  %22 = load i32, ptr %1, align 4, !tbaa !5
  %23 = lshr i32 %22, 1
  store i32 %23, ptr %1, align 4, !tbaa !5
  br label %24

24:                                               ; preds = %21, %17
  br label %25

25:                                               ; preds = %24
  %26 = load i32, ptr %4, align 4, !tbaa !5
  %27 = add nsw i32 %26, -1
  store i32 %27, ptr %4, align 4, !tbaa !5
  br label %10, !llvm.loop !53

28:                                               ; preds = %10
  %29 = load i32, ptr %1, align 4, !tbaa !5
  %30 = load i32, ptr %3, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [256 x i32], ptr @crc32_tab, i64 0, i64 %31
  store i32 %29, ptr %32, align 4, !tbaa !5
  br label %33

33:                                               ; preds = %28
  %34 = load i32, ptr %3, align 4, !tbaa !5
  %35 = add nsw i32 %34, 1
  store i32 %35, ptr %3, align 4, !tbaa !5
  br label %5, !llvm.loop !54

36:                                               ; preds = %5
  call void @llvm.lifetime.end.p0(i64 4, ptr %4) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %3) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %1) #6
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @func_1() #0 {
  %1 = alloca %struct.S2, align 1
  %2 = alloca i32, align 4
  %3 = alloca %struct.S1, align 1
  %4 = alloca i8, align 1
  %5 = alloca [7 x [8 x i32]], align 16
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca [10 x i32], align 16
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca [1 x [8 x [3 x i16]]], align 16
  %15 = alloca ptr, align 8
  %16 = alloca [9 x [2 x [3 x ptr]]], align 16
  %17 = alloca i8, align 1
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca %struct.S1, align 1
  %22 = alloca ptr, align 8
  %23 = alloca ptr, align 8
  %24 = alloca ptr, align 8
  %25 = alloca [4 x [7 x i32]], align 16
  %26 = alloca [9 x [3 x ptr]], align 16
  %27 = alloca [8 x [10 x i16]], align 16
  %28 = alloca ptr, align 8
  %29 = alloca ptr, align 8
  %30 = alloca [4 x [6 x [7 x i64]]], align 16
  %31 = alloca ptr, align 8
  %32 = alloca ptr, align 8
  %33 = alloca i32, align 4
  %34 = alloca i32, align 4
  %35 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #6
  store i32 -1131388029, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %3) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %3, ptr align 1 @__const.func_1.l_1954, i64 8, i1 false)
  call void @llvm.lifetime.start.p0(i64 1, ptr %4) #6
  store i8 -68, ptr %4, align 1, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 224, ptr %5) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %5, ptr align 16 @__const.func_1.l_2016, i64 224, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %6) #6
  store ptr @g_2047, ptr %6, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %7) #6
  store ptr @g_2049, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %8) #6
  store ptr getelementptr inbounds (%struct.S0, ptr @g_882, i32 0, i32 5), ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 40, ptr %9) #6
  call void @llvm.lifetime.start.p0(i64 8, ptr %10) #6
  store ptr @g_131, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %11) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %12) #6
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %36

36:                                               ; preds = %43, %0
  %37 = load i32, ptr %11, align 4, !tbaa !5
  %38 = icmp slt i32 %37, 10
  br i1 %38, label %39, label %46

39:                                               ; preds = %36
  %40 = load i32, ptr %11, align 4, !tbaa !5
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 %41
  store i32 8, ptr %42, align 4, !tbaa !5
  br label %43

43:                                               ; preds = %39
  %44 = load i32, ptr %11, align 4, !tbaa !5
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %11, align 4, !tbaa !5
  br label %36, !llvm.loop !55

46:                                               ; preds = %36
  %47 = load volatile i16, ptr @g_2, align 2, !tbaa !11
  %48 = icmp ne i16 %47, 0
  br i1 %48, label %49, label %50

49:                                               ; preds = %46
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %1, ptr align 1 @g_3, i64 8, i1 false), !tbaa.struct !56
  store i32 1, ptr %13, align 4
  br label %139

50:                                               ; preds = %46
  call void @llvm.lifetime.start.p0(i64 48, ptr %14) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %14, ptr align 16 @__const.func_1.l_19, i64 48, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %15) #6
  store ptr @g_26, ptr %15, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 432, ptr %16) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %16, ptr align 16 @__const.func_1.l_27, i64 432, i1 false)
  call void @llvm.lifetime.start.p0(i64 1, ptr %17) #6
  store i8 97, ptr %17, align 1, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 4, ptr %18) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %19) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %20) #6
  %51 = load ptr, ptr @g_799, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %21) #6
  %52 = getelementptr inbounds [1 x [8 x [3 x i16]]], ptr %14, i64 0, i64 0
  %53 = getelementptr inbounds [8 x [3 x i16]], ptr %52, i64 0, i64 1
  %54 = getelementptr inbounds [3 x i16], ptr %53, i64 0, i64 1
  %55 = load i16, ptr %54, align 2, !tbaa !11
  %56 = zext i16 %55 to i64
  %57 = icmp ule i64 4, %56
  %58 = zext i1 %57 to i32
  %59 = trunc i32 %58 to i16
  %60 = load i64, ptr @g_3, align 1
  %61 = shl i64 %60, 44
  %62 = ashr i64 %61, 44
  %63 = trunc i64 %62 to i32
  %64 = load ptr, ptr %15, align 8, !tbaa !9
  %65 = load i32, ptr %64, align 4, !tbaa !5
  %66 = or i32 %65, %63
  store i32 %66, ptr %64, align 4, !tbaa !5
  %67 = zext i32 %66 to i64
  %68 = load i64, ptr @g_3, align 1
  %69 = and i64 %67, 1048575
  %70 = and i64 %68, -1048576
  %71 = or i64 %70, %69
  store i64 %71, ptr @g_3, align 1
  %72 = shl i64 %69, 44
  %73 = ashr i64 %72, 44
  %74 = trunc i64 %73 to i32
  %75 = load i32, ptr %2, align 4, !tbaa !5
  %76 = icmp ule i32 %74, %75
  %77 = zext i1 %76 to i32
  %78 = call zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext 14182, i32 noundef 9) #8
  %79 = zext i16 %78 to i32
  %80 = icmp ne i32 %79, 0
  br i1 %80, label %81, label %87

81:                                               ; preds = %50
  %82 = load i64, ptr @g_3, align 1
  %83 = shl i64 %82, 25
  %84 = ashr i64 %83, 45
  %85 = trunc i64 %84 to i32
  %86 = icmp ne i32 %85, 0
  br label %87

87:                                               ; preds = %81, %50
  %88 = phi i1 [ false, %50 ], [ %86, %81 ]
  %89 = zext i1 %88 to i32
  %90 = sext i32 %89 to i64
  %91 = call i64 @safe_add_func_int64_t_s_s(i64 noundef -4, i64 noundef %90) #8
  %92 = trunc i64 %91 to i8
  %93 = call signext i16 @func_30(i8 noundef signext %92) #8
  %94 = sext i16 %93 to i64
  %95 = icmp sge i64 %94, 6983
  %96 = zext i1 %95 to i32
  %97 = icmp sle i32 %77, %96
  %98 = zext i1 %97 to i32
  %99 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_694, i32 0, i32 3), align 8, !tbaa !32
  %100 = load ptr, ptr @g_787, align 8, !tbaa !9
  %101 = load i32, ptr %100, align 4, !tbaa !5
  %102 = load i32, ptr @g_478, align 4, !tbaa !5
  %103 = trunc i32 %102 to i8
  %104 = call signext i16 @func_20(i32 noundef %98, i32 noundef %99, i32 noundef %101, i8 noundef zeroext %103) #8
  %105 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %59, i16 noundef signext %104) #8
  %106 = trunc i16 %105 to i8
  %107 = load i8, ptr %17, align 1, !tbaa !15
  %108 = zext i8 %107 to i32
  %109 = load i16, ptr getelementptr inbounds (%struct.S3, ptr @g_694, i32 0, i32 2), align 2, !tbaa !38
  %110 = trunc i16 %109 to i8
  %111 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_870, i32 0, i32 5), align 8, !tbaa !26
  %112 = trunc i64 %111 to i32
  %113 = call zeroext i16 @func_12(i8 noundef signext %106, i32 noundef %108, i8 noundef zeroext %110, i32 noundef %112) #8
  %114 = load i32, ptr %2, align 4, !tbaa !5
  %115 = call zeroext i16 @safe_rshift_func_uint16_t_u_u(i16 noundef zeroext %113, i32 noundef %114) #8
  %116 = zext i16 %115 to i32
  %117 = load ptr, ptr @g_799, align 8, !tbaa !9
  %118 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_882, i32 0, i32 3), align 8, !tbaa !32
  %119 = trunc i32 %118 to i8
  %120 = load i64, ptr @g_894, align 1
  %121 = ashr i64 %120, 57
  %122 = trunc i64 %121 to i32
  %123 = trunc i32 %122 to i8
  %124 = load i16, ptr getelementptr inbounds ([6 x i16], ptr @g_231, i64 0, i64 5), align 2, !tbaa !11
  %125 = sext i16 %124 to i32
  %126 = load i64, ptr %117, align 1
  %127 = call i64 @func_4(i32 noundef %116, i64 %126, i8 noundef signext %119, i8 noundef zeroext %123, i32 noundef %125) #8
  store i64 %127, ptr %21, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %51, ptr align 1 %21, i64 8, i1 false), !tbaa.struct !57
  call void @llvm.lifetime.end.p0(i64 8, ptr %21) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %20) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %19) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %18) #6
  call void @llvm.lifetime.end.p0(i64 1, ptr %17) #6
  call void @llvm.lifetime.end.p0(i64 432, ptr %16) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %15) #6
  call void @llvm.lifetime.end.p0(i64 48, ptr %14) #6
  br label %128

128:                                              ; preds = %87
  store i64 0, ptr getelementptr inbounds (%struct.S0, ptr @g_882, i32 0, i32 5), align 8, !tbaa !34
  br label %129

129:                                              ; preds = %133, %128
  %130 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_882, i32 0, i32 5), align 8, !tbaa !34
  %131 = icmp ule i64 %130, 8
  br i1 %131, label %132, label %136

132:                                              ; preds = %129
  call void @llvm.lifetime.start.p0(i64 8, ptr %22) #6
  store ptr getelementptr inbounds (%struct.S3, ptr @g_1262, i32 0, i32 2), ptr %22, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %23) #6
  store ptr %22, ptr %23, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %24) #6
  store ptr %23, ptr %24, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 112, ptr %25) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %25, ptr align 16 @__const.func_1.l_1953, i64 112, i1 false)
  call void @llvm.lifetime.start.p0(i64 216, ptr %26) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %26, ptr align 16 @__const.func_1.l_1955, i64 216, i1 false)
  call void @llvm.lifetime.start.p0(i64 160, ptr %27) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %27, ptr align 16 @__const.func_1.l_1957, i64 160, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %28) #6
  store ptr null, ptr %28, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %29) #6
  store ptr %28, ptr %29, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 1344, ptr %30) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %30, ptr align 16 @__const.func_1.l_1969, i64 1344, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %31) #6
  store ptr null, ptr %31, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %32) #6
  store ptr @g_2051, ptr %32, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %33) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %34) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %35) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %35) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %34) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %33) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %32) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %31) #6
  call void @llvm.lifetime.end.p0(i64 1344, ptr %30) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %29) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %28) #6
  call void @llvm.lifetime.end.p0(i64 160, ptr %27) #6
  call void @llvm.lifetime.end.p0(i64 216, ptr %26) #6
  call void @llvm.lifetime.end.p0(i64 112, ptr %25) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %24) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %23) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %22) #6
  br label %133

133:                                              ; preds = %132
  %134 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_882, i32 0, i32 5), align 8, !tbaa !34
  %135 = add i64 %134, 1
  store i64 %135, ptr getelementptr inbounds (%struct.S0, ptr @g_882, i32 0, i32 5), align 8, !tbaa !34
  br label %129, !llvm.loop !58

136:                                              ; preds = %129
  %137 = load ptr, ptr %10, align 8, !tbaa !9
  %138 = load ptr, ptr @g_953, align 8, !tbaa !9
  store ptr %137, ptr %138, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %1, ptr align 1 @g_2090, i64 8, i1 false), !tbaa.struct !56
  store i32 1, ptr %13, align 4
  br label %139

139:                                              ; preds = %136, %49
  call void @llvm.lifetime.end.p0(i64 4, ptr %12) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %11) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %10) #6
  call void @llvm.lifetime.end.p0(i64 40, ptr %9) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %8) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %7) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %6) #6
  call void @llvm.lifetime.end.p0(i64 224, ptr %5) #6
  call void @llvm.lifetime.end.p0(i64 1, ptr %4) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %3) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #6
  %140 = getelementptr inbounds %struct.S2, ptr %1, i32 0, i32 0
  %141 = load i64, ptr %140, align 1
  ret i64 %141
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @transparent_crc(i64 noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store i64 %0, ptr %4, align 8, !tbaa !13
  store ptr %1, ptr %5, align 8, !tbaa !9
  store i32 %2, ptr %6, align 4, !tbaa !5
  %7 = load i64, ptr %4, align 8, !tbaa !13
  call void @crc32_8bytes(i64 noundef %7) #8
  %8 = load i32, ptr %6, align 4, !tbaa !5
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %10, label %16

10:                                               ; preds = %3
  %11 = load ptr, ptr %5, align 8, !tbaa !9
  %12 = load i32, ptr @crc32_context, align 4, !tbaa !5
  %13 = zext i32 %12 to i64
  %14 = xor i64 %13, 4294967295
  %15 = call i32 (ptr, ...) @printf(ptr noundef @.str.417, ptr noundef %11, i64 noundef %14) #8
  br label %16

16:                                               ; preds = %10, %3
  ret void
}

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize uwtable
define internal void @platform_main_end(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = call i32 (ptr, ...) @printf(ptr noundef @.str.462, i32 noundef %5) #8
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @func_4(i32 noundef %0, i64 %1, i8 noundef signext %2, i8 noundef zeroext %3, i32 noundef %4) #0 {
  %6 = alloca %struct.S1, align 1
  %7 = alloca %struct.S1, align 1
  %8 = alloca i32, align 4
  %9 = alloca i8, align 1
  %10 = alloca i8, align 1
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca i16, align 2
  %15 = alloca i64, align 8
  %16 = alloca ptr, align 8
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca [3 x [10 x i32]], align 16
  %20 = alloca [8 x i32], align 16
  %21 = alloca ptr, align 8
  %22 = alloca [5 x ptr], align 16
  %23 = alloca i16, align 2
  %24 = alloca ptr, align 8
  %25 = alloca i16, align 2
  %26 = alloca ptr, align 8
  %27 = alloca [8 x ptr], align 16
  %28 = alloca [3 x [3 x [3 x i32]]], align 16
  %29 = alloca [8 x [5 x [6 x ptr]]], align 16
  %30 = alloca ptr, align 8
  %31 = alloca ptr, align 8
  %32 = alloca i64, align 8
  %33 = alloca [2 x [4 x [7 x i32]]], align 16
  %34 = alloca %struct.S1, align 1
  %35 = alloca i32, align 4
  %36 = alloca i32, align 4
  %37 = alloca i32, align 4
  %38 = alloca ptr, align 8
  %39 = alloca ptr, align 8
  %40 = alloca i32, align 4
  %41 = alloca i32, align 4
  %42 = alloca i32, align 4
  %43 = alloca i32, align 4
  %44 = alloca i32, align 4
  %45 = alloca i32, align 4
  %46 = alloca i32, align 4
  %47 = alloca i32, align 4
  %48 = alloca [2 x [7 x i16]], align 16
  %49 = alloca %struct.S1, align 1
  %50 = alloca i32, align 4
  %51 = alloca ptr, align 8
  %52 = alloca i32, align 4
  %53 = alloca i32, align 4
  %54 = alloca i32, align 4
  %55 = alloca i32, align 4
  %56 = alloca i32, align 4
  %57 = alloca [4 x [5 x [2 x i32]]], align 16
  %58 = alloca [5 x [4 x [8 x ptr]]], align 16
  %59 = alloca [8 x [5 x [3 x ptr]]], align 16
  %60 = alloca ptr, align 8
  %61 = alloca ptr, align 8
  %62 = alloca [9 x [5 x ptr]], align 16
  %63 = alloca ptr, align 8
  %64 = alloca i32, align 4
  %65 = alloca i32, align 4
  %66 = alloca i32, align 4
  %67 = alloca i16, align 2
  %68 = alloca i32, align 4
  %69 = alloca i32, align 4
  %70 = alloca i32, align 4
  %71 = alloca i32, align 4
  %72 = alloca i8, align 1
  %73 = alloca ptr, align 8
  %74 = alloca ptr, align 8
  %75 = alloca ptr, align 8
  %76 = alloca ptr, align 8
  %77 = alloca ptr, align 8
  %78 = alloca ptr, align 8
  %79 = alloca i32, align 4
  %80 = alloca [3 x i32], align 4
  %81 = alloca ptr, align 8
  %82 = alloca ptr, align 8
  %83 = alloca ptr, align 8
  %84 = alloca i32, align 4
  %85 = alloca i32, align 4
  %86 = alloca ptr, align 8
  %87 = alloca [9 x ptr], align 16
  %88 = alloca [2 x [10 x [5 x ptr]]], align 16
  %89 = alloca i32, align 4
  %90 = alloca i32, align 4
  %91 = alloca i32, align 4
  %92 = alloca ptr, align 8
  %93 = alloca %struct.S1, align 1
  %94 = alloca i16, align 2
  %95 = alloca i32, align 4
  %96 = alloca i32, align 4
  %97 = alloca ptr, align 8
  %98 = alloca i32, align 4
  %99 = alloca i32, align 4
  %100 = alloca i32, align 4
  %101 = alloca ptr, align 8
  %102 = alloca ptr, align 8
  store i64 %1, ptr %7, align 1
  store i32 %0, ptr %8, align 4, !tbaa !5
  store i8 %2, ptr %9, align 1, !tbaa !15
  store i8 %3, ptr %10, align 1, !tbaa !15
  store i32 %4, ptr %11, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %12) #6
  store ptr null, ptr %12, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %13) #6
  store ptr null, ptr %13, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 2, ptr %14) #6
  store i16 1, ptr %14, align 2, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %15) #6
  store i64 8819230466027766459, ptr %15, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 8, ptr %16) #6
  store ptr @g_787, ptr %16, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %17) #6
  store i32 -1, ptr %17, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %18) #6
  store i32 1941596514, ptr %18, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 120, ptr %19) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %19, ptr align 16 @__const.func_4.l_1570, i64 120, i1 false)
  call void @llvm.lifetime.start.p0(i64 32, ptr %20) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %20, ptr align 16 @__const.func_4.l_1644, i64 32, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %21) #6
  store ptr null, ptr %21, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 40, ptr %22) #6
  call void @llvm.lifetime.start.p0(i64 2, ptr %23) #6
  store i16 1323, ptr %23, align 2, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %24) #6
  store ptr getelementptr inbounds (%struct.S3, ptr @g_1020, i32 0, i32 2), ptr %24, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 2, ptr %25) #6
  store i16 17677, ptr %25, align 2, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %26) #6
  store ptr @g_1689, ptr %26, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 64, ptr %27) #6
  store ptr %26, ptr %27, align 8, !tbaa !9
  %103 = getelementptr inbounds ptr, ptr %27, i64 1
  store ptr %26, ptr %103, align 8, !tbaa !9
  %104 = getelementptr inbounds ptr, ptr %27, i64 2
  store ptr %26, ptr %104, align 8, !tbaa !9
  %105 = getelementptr inbounds ptr, ptr %27, i64 3
  store ptr %26, ptr %105, align 8, !tbaa !9
  %106 = getelementptr inbounds ptr, ptr %27, i64 4
  store ptr %26, ptr %106, align 8, !tbaa !9
  %107 = getelementptr inbounds ptr, ptr %27, i64 5
  store ptr %26, ptr %107, align 8, !tbaa !9
  %108 = getelementptr inbounds ptr, ptr %27, i64 6
  store ptr %26, ptr %108, align 8, !tbaa !9
  %109 = getelementptr inbounds ptr, ptr %27, i64 7
  store ptr %26, ptr %109, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 108, ptr %28) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %28, ptr align 16 @__const.func_4.l_1777, i64 108, i1 false)
  call void @llvm.lifetime.start.p0(i64 1920, ptr %29) #6
  store ptr %12, ptr %29, align 8, !tbaa !9
  %110 = getelementptr inbounds ptr, ptr %29, i64 1
  store ptr %12, ptr %110, align 8, !tbaa !9
  %111 = getelementptr inbounds ptr, ptr %29, i64 2
  store ptr %12, ptr %111, align 8, !tbaa !9
  %112 = getelementptr inbounds ptr, ptr %29, i64 3
  store ptr %12, ptr %112, align 8, !tbaa !9
  %113 = getelementptr inbounds ptr, ptr %29, i64 4
  store ptr %12, ptr %113, align 8, !tbaa !9
  %114 = getelementptr inbounds ptr, ptr %29, i64 5
  store ptr %12, ptr %114, align 8, !tbaa !9
  %115 = getelementptr inbounds [6 x ptr], ptr %29, i64 1
  store ptr %12, ptr %115, align 8, !tbaa !9
  %116 = getelementptr inbounds ptr, ptr %115, i64 1
  store ptr %12, ptr %116, align 8, !tbaa !9
  %117 = getelementptr inbounds ptr, ptr %115, i64 2
  store ptr %12, ptr %117, align 8, !tbaa !9
  %118 = getelementptr inbounds ptr, ptr %115, i64 3
  store ptr %12, ptr %118, align 8, !tbaa !9
  %119 = getelementptr inbounds ptr, ptr %115, i64 4
  store ptr %12, ptr %119, align 8, !tbaa !9
  %120 = getelementptr inbounds ptr, ptr %115, i64 5
  store ptr %12, ptr %120, align 8, !tbaa !9
  %121 = getelementptr inbounds [6 x ptr], ptr %29, i64 2
  store ptr %12, ptr %121, align 8, !tbaa !9
  %122 = getelementptr inbounds ptr, ptr %121, i64 1
  store ptr %12, ptr %122, align 8, !tbaa !9
  %123 = getelementptr inbounds ptr, ptr %121, i64 2
  store ptr %12, ptr %123, align 8, !tbaa !9
  %124 = getelementptr inbounds ptr, ptr %121, i64 3
  store ptr null, ptr %124, align 8, !tbaa !9
  %125 = getelementptr inbounds ptr, ptr %121, i64 4
  store ptr %12, ptr %125, align 8, !tbaa !9
  %126 = getelementptr inbounds ptr, ptr %121, i64 5
  store ptr %12, ptr %126, align 8, !tbaa !9
  %127 = getelementptr inbounds [6 x ptr], ptr %29, i64 3
  store ptr null, ptr %127, align 8, !tbaa !9
  %128 = getelementptr inbounds ptr, ptr %127, i64 1
  store ptr %12, ptr %128, align 8, !tbaa !9
  %129 = getelementptr inbounds ptr, ptr %127, i64 2
  store ptr %12, ptr %129, align 8, !tbaa !9
  %130 = getelementptr inbounds ptr, ptr %127, i64 3
  store ptr %12, ptr %130, align 8, !tbaa !9
  %131 = getelementptr inbounds ptr, ptr %127, i64 4
  store ptr null, ptr %131, align 8, !tbaa !9
  %132 = getelementptr inbounds ptr, ptr %127, i64 5
  store ptr %12, ptr %132, align 8, !tbaa !9
  %133 = getelementptr inbounds [6 x ptr], ptr %29, i64 4
  store ptr %12, ptr %133, align 8, !tbaa !9
  %134 = getelementptr inbounds ptr, ptr %133, i64 1
  store ptr %12, ptr %134, align 8, !tbaa !9
  %135 = getelementptr inbounds ptr, ptr %133, i64 2
  store ptr %12, ptr %135, align 8, !tbaa !9
  %136 = getelementptr inbounds ptr, ptr %133, i64 3
  store ptr %12, ptr %136, align 8, !tbaa !9
  %137 = getelementptr inbounds ptr, ptr %133, i64 4
  store ptr %12, ptr %137, align 8, !tbaa !9
  %138 = getelementptr inbounds ptr, ptr %133, i64 5
  store ptr %12, ptr %138, align 8, !tbaa !9
  %139 = getelementptr inbounds [5 x [6 x ptr]], ptr %29, i64 1
  store ptr %12, ptr %139, align 8, !tbaa !9
  %140 = getelementptr inbounds ptr, ptr %139, i64 1
  store ptr %12, ptr %140, align 8, !tbaa !9
  %141 = getelementptr inbounds ptr, ptr %139, i64 2
  store ptr %12, ptr %141, align 8, !tbaa !9
  %142 = getelementptr inbounds ptr, ptr %139, i64 3
  store ptr %12, ptr %142, align 8, !tbaa !9
  %143 = getelementptr inbounds ptr, ptr %139, i64 4
  store ptr %12, ptr %143, align 8, !tbaa !9
  %144 = getelementptr inbounds ptr, ptr %139, i64 5
  store ptr %12, ptr %144, align 8, !tbaa !9
  %145 = getelementptr inbounds [6 x ptr], ptr %139, i64 1
  store ptr %12, ptr %145, align 8, !tbaa !9
  %146 = getelementptr inbounds ptr, ptr %145, i64 1
  store ptr %12, ptr %146, align 8, !tbaa !9
  %147 = getelementptr inbounds ptr, ptr %145, i64 2
  store ptr %12, ptr %147, align 8, !tbaa !9
  %148 = getelementptr inbounds ptr, ptr %145, i64 3
  store ptr %12, ptr %148, align 8, !tbaa !9
  %149 = getelementptr inbounds ptr, ptr %145, i64 4
  store ptr %12, ptr %149, align 8, !tbaa !9
  %150 = getelementptr inbounds ptr, ptr %145, i64 5
  store ptr %12, ptr %150, align 8, !tbaa !9
  %151 = getelementptr inbounds [6 x ptr], ptr %139, i64 2
  store ptr %12, ptr %151, align 8, !tbaa !9
  %152 = getelementptr inbounds ptr, ptr %151, i64 1
  store ptr null, ptr %152, align 8, !tbaa !9
  %153 = getelementptr inbounds ptr, ptr %151, i64 2
  store ptr %12, ptr %153, align 8, !tbaa !9
  %154 = getelementptr inbounds ptr, ptr %151, i64 3
  store ptr %12, ptr %154, align 8, !tbaa !9
  %155 = getelementptr inbounds ptr, ptr %151, i64 4
  store ptr %12, ptr %155, align 8, !tbaa !9
  %156 = getelementptr inbounds ptr, ptr %151, i64 5
  store ptr %12, ptr %156, align 8, !tbaa !9
  %157 = getelementptr inbounds [6 x ptr], ptr %139, i64 3
  store ptr %12, ptr %157, align 8, !tbaa !9
  %158 = getelementptr inbounds ptr, ptr %157, i64 1
  store ptr %12, ptr %158, align 8, !tbaa !9
  %159 = getelementptr inbounds ptr, ptr %157, i64 2
  store ptr %12, ptr %159, align 8, !tbaa !9
  %160 = getelementptr inbounds ptr, ptr %157, i64 3
  store ptr %12, ptr %160, align 8, !tbaa !9
  %161 = getelementptr inbounds ptr, ptr %157, i64 4
  store ptr %12, ptr %161, align 8, !tbaa !9
  %162 = getelementptr inbounds ptr, ptr %157, i64 5
  store ptr %12, ptr %162, align 8, !tbaa !9
  %163 = getelementptr inbounds [6 x ptr], ptr %139, i64 4
  store ptr %12, ptr %163, align 8, !tbaa !9
  %164 = getelementptr inbounds ptr, ptr %163, i64 1
  store ptr %12, ptr %164, align 8, !tbaa !9
  %165 = getelementptr inbounds ptr, ptr %163, i64 2
  store ptr %12, ptr %165, align 8, !tbaa !9
  %166 = getelementptr inbounds ptr, ptr %163, i64 3
  store ptr %12, ptr %166, align 8, !tbaa !9
  %167 = getelementptr inbounds ptr, ptr %163, i64 4
  store ptr %12, ptr %167, align 8, !tbaa !9
  %168 = getelementptr inbounds ptr, ptr %163, i64 5
  store ptr %12, ptr %168, align 8, !tbaa !9
  %169 = getelementptr inbounds [5 x [6 x ptr]], ptr %29, i64 2
  store ptr %12, ptr %169, align 8, !tbaa !9
  %170 = getelementptr inbounds ptr, ptr %169, i64 1
  store ptr %12, ptr %170, align 8, !tbaa !9
  %171 = getelementptr inbounds ptr, ptr %169, i64 2
  store ptr %12, ptr %171, align 8, !tbaa !9
  %172 = getelementptr inbounds ptr, ptr %169, i64 3
  store ptr %12, ptr %172, align 8, !tbaa !9
  %173 = getelementptr inbounds ptr, ptr %169, i64 4
  store ptr %12, ptr %173, align 8, !tbaa !9
  %174 = getelementptr inbounds ptr, ptr %169, i64 5
  store ptr %12, ptr %174, align 8, !tbaa !9
  %175 = getelementptr inbounds [6 x ptr], ptr %169, i64 1
  store ptr %12, ptr %175, align 8, !tbaa !9
  %176 = getelementptr inbounds ptr, ptr %175, i64 1
  store ptr %12, ptr %176, align 8, !tbaa !9
  %177 = getelementptr inbounds ptr, ptr %175, i64 2
  store ptr %12, ptr %177, align 8, !tbaa !9
  %178 = getelementptr inbounds ptr, ptr %175, i64 3
  store ptr null, ptr %178, align 8, !tbaa !9
  %179 = getelementptr inbounds ptr, ptr %175, i64 4
  store ptr %12, ptr %179, align 8, !tbaa !9
  %180 = getelementptr inbounds ptr, ptr %175, i64 5
  store ptr %12, ptr %180, align 8, !tbaa !9
  %181 = getelementptr inbounds [6 x ptr], ptr %169, i64 2
  store ptr null, ptr %181, align 8, !tbaa !9
  %182 = getelementptr inbounds ptr, ptr %181, i64 1
  store ptr %12, ptr %182, align 8, !tbaa !9
  %183 = getelementptr inbounds ptr, ptr %181, i64 2
  store ptr %12, ptr %183, align 8, !tbaa !9
  %184 = getelementptr inbounds ptr, ptr %181, i64 3
  store ptr %12, ptr %184, align 8, !tbaa !9
  %185 = getelementptr inbounds ptr, ptr %181, i64 4
  store ptr null, ptr %185, align 8, !tbaa !9
  %186 = getelementptr inbounds ptr, ptr %181, i64 5
  store ptr %12, ptr %186, align 8, !tbaa !9
  %187 = getelementptr inbounds [6 x ptr], ptr %169, i64 3
  store ptr %12, ptr %187, align 8, !tbaa !9
  %188 = getelementptr inbounds ptr, ptr %187, i64 1
  store ptr %12, ptr %188, align 8, !tbaa !9
  %189 = getelementptr inbounds ptr, ptr %187, i64 2
  store ptr %12, ptr %189, align 8, !tbaa !9
  %190 = getelementptr inbounds ptr, ptr %187, i64 3
  store ptr %12, ptr %190, align 8, !tbaa !9
  %191 = getelementptr inbounds ptr, ptr %187, i64 4
  store ptr %12, ptr %191, align 8, !tbaa !9
  %192 = getelementptr inbounds ptr, ptr %187, i64 5
  store ptr %12, ptr %192, align 8, !tbaa !9
  %193 = getelementptr inbounds [6 x ptr], ptr %169, i64 4
  store ptr %12, ptr %193, align 8, !tbaa !9
  %194 = getelementptr inbounds ptr, ptr %193, i64 1
  store ptr %12, ptr %194, align 8, !tbaa !9
  %195 = getelementptr inbounds ptr, ptr %193, i64 2
  store ptr %12, ptr %195, align 8, !tbaa !9
  %196 = getelementptr inbounds ptr, ptr %193, i64 3
  store ptr %12, ptr %196, align 8, !tbaa !9
  %197 = getelementptr inbounds ptr, ptr %193, i64 4
  store ptr %12, ptr %197, align 8, !tbaa !9
  %198 = getelementptr inbounds ptr, ptr %193, i64 5
  store ptr %12, ptr %198, align 8, !tbaa !9
  %199 = getelementptr inbounds [5 x [6 x ptr]], ptr %29, i64 3
  store ptr %12, ptr %199, align 8, !tbaa !9
  %200 = getelementptr inbounds ptr, ptr %199, i64 1
  store ptr %12, ptr %200, align 8, !tbaa !9
  %201 = getelementptr inbounds ptr, ptr %199, i64 2
  store ptr %12, ptr %201, align 8, !tbaa !9
  %202 = getelementptr inbounds ptr, ptr %199, i64 3
  store ptr %12, ptr %202, align 8, !tbaa !9
  %203 = getelementptr inbounds ptr, ptr %199, i64 4
  store ptr %12, ptr %203, align 8, !tbaa !9
  %204 = getelementptr inbounds ptr, ptr %199, i64 5
  store ptr %12, ptr %204, align 8, !tbaa !9
  %205 = getelementptr inbounds [6 x ptr], ptr %199, i64 1
  store ptr %12, ptr %205, align 8, !tbaa !9
  %206 = getelementptr inbounds ptr, ptr %205, i64 1
  store ptr null, ptr %206, align 8, !tbaa !9
  %207 = getelementptr inbounds ptr, ptr %205, i64 2
  store ptr %12, ptr %207, align 8, !tbaa !9
  %208 = getelementptr inbounds ptr, ptr %205, i64 3
  store ptr %12, ptr %208, align 8, !tbaa !9
  %209 = getelementptr inbounds ptr, ptr %205, i64 4
  store ptr %12, ptr %209, align 8, !tbaa !9
  %210 = getelementptr inbounds ptr, ptr %205, i64 5
  store ptr %12, ptr %210, align 8, !tbaa !9
  %211 = getelementptr inbounds [6 x ptr], ptr %199, i64 2
  store ptr %12, ptr %211, align 8, !tbaa !9
  %212 = getelementptr inbounds ptr, ptr %211, i64 1
  store ptr %12, ptr %212, align 8, !tbaa !9
  %213 = getelementptr inbounds ptr, ptr %211, i64 2
  store ptr %12, ptr %213, align 8, !tbaa !9
  %214 = getelementptr inbounds ptr, ptr %211, i64 3
  store ptr %12, ptr %214, align 8, !tbaa !9
  %215 = getelementptr inbounds ptr, ptr %211, i64 4
  store ptr %12, ptr %215, align 8, !tbaa !9
  %216 = getelementptr inbounds ptr, ptr %211, i64 5
  store ptr %12, ptr %216, align 8, !tbaa !9
  %217 = getelementptr inbounds [6 x ptr], ptr %199, i64 3
  store ptr %12, ptr %217, align 8, !tbaa !9
  %218 = getelementptr inbounds ptr, ptr %217, i64 1
  store ptr %12, ptr %218, align 8, !tbaa !9
  %219 = getelementptr inbounds ptr, ptr %217, i64 2
  store ptr %12, ptr %219, align 8, !tbaa !9
  %220 = getelementptr inbounds ptr, ptr %217, i64 3
  store ptr %12, ptr %220, align 8, !tbaa !9
  %221 = getelementptr inbounds ptr, ptr %217, i64 4
  store ptr %12, ptr %221, align 8, !tbaa !9
  %222 = getelementptr inbounds ptr, ptr %217, i64 5
  store ptr %12, ptr %222, align 8, !tbaa !9
  %223 = getelementptr inbounds [6 x ptr], ptr %199, i64 4
  store ptr %12, ptr %223, align 8, !tbaa !9
  %224 = getelementptr inbounds ptr, ptr %223, i64 1
  store ptr %12, ptr %224, align 8, !tbaa !9
  %225 = getelementptr inbounds ptr, ptr %223, i64 2
  store ptr %12, ptr %225, align 8, !tbaa !9
  %226 = getelementptr inbounds ptr, ptr %223, i64 3
  store ptr %12, ptr %226, align 8, !tbaa !9
  %227 = getelementptr inbounds ptr, ptr %223, i64 4
  store ptr %12, ptr %227, align 8, !tbaa !9
  %228 = getelementptr inbounds ptr, ptr %223, i64 5
  store ptr %12, ptr %228, align 8, !tbaa !9
  %229 = getelementptr inbounds [5 x [6 x ptr]], ptr %29, i64 4
  store ptr %12, ptr %229, align 8, !tbaa !9
  %230 = getelementptr inbounds ptr, ptr %229, i64 1
  store ptr %12, ptr %230, align 8, !tbaa !9
  %231 = getelementptr inbounds ptr, ptr %229, i64 2
  store ptr %12, ptr %231, align 8, !tbaa !9
  %232 = getelementptr inbounds ptr, ptr %229, i64 3
  store ptr null, ptr %232, align 8, !tbaa !9
  %233 = getelementptr inbounds ptr, ptr %229, i64 4
  store ptr %12, ptr %233, align 8, !tbaa !9
  %234 = getelementptr inbounds ptr, ptr %229, i64 5
  store ptr %12, ptr %234, align 8, !tbaa !9
  %235 = getelementptr inbounds [6 x ptr], ptr %229, i64 1
  store ptr null, ptr %235, align 8, !tbaa !9
  %236 = getelementptr inbounds ptr, ptr %235, i64 1
  store ptr %12, ptr %236, align 8, !tbaa !9
  %237 = getelementptr inbounds ptr, ptr %235, i64 2
  store ptr %12, ptr %237, align 8, !tbaa !9
  %238 = getelementptr inbounds ptr, ptr %235, i64 3
  store ptr %12, ptr %238, align 8, !tbaa !9
  %239 = getelementptr inbounds ptr, ptr %235, i64 4
  store ptr null, ptr %239, align 8, !tbaa !9
  %240 = getelementptr inbounds ptr, ptr %235, i64 5
  store ptr %12, ptr %240, align 8, !tbaa !9
  %241 = getelementptr inbounds [6 x ptr], ptr %229, i64 2
  store ptr %12, ptr %241, align 8, !tbaa !9
  %242 = getelementptr inbounds ptr, ptr %241, i64 1
  store ptr %12, ptr %242, align 8, !tbaa !9
  %243 = getelementptr inbounds ptr, ptr %241, i64 2
  store ptr %12, ptr %243, align 8, !tbaa !9
  %244 = getelementptr inbounds ptr, ptr %241, i64 3
  store ptr %12, ptr %244, align 8, !tbaa !9
  %245 = getelementptr inbounds ptr, ptr %241, i64 4
  store ptr %12, ptr %245, align 8, !tbaa !9
  %246 = getelementptr inbounds ptr, ptr %241, i64 5
  store ptr %12, ptr %246, align 8, !tbaa !9
  %247 = getelementptr inbounds [6 x ptr], ptr %229, i64 3
  store ptr %12, ptr %247, align 8, !tbaa !9
  %248 = getelementptr inbounds ptr, ptr %247, i64 1
  store ptr %12, ptr %248, align 8, !tbaa !9
  %249 = getelementptr inbounds ptr, ptr %247, i64 2
  store ptr %12, ptr %249, align 8, !tbaa !9
  %250 = getelementptr inbounds ptr, ptr %247, i64 3
  store ptr %12, ptr %250, align 8, !tbaa !9
  %251 = getelementptr inbounds ptr, ptr %247, i64 4
  store ptr %12, ptr %251, align 8, !tbaa !9
  %252 = getelementptr inbounds ptr, ptr %247, i64 5
  store ptr %12, ptr %252, align 8, !tbaa !9
  %253 = getelementptr inbounds [6 x ptr], ptr %229, i64 4
  store ptr %12, ptr %253, align 8, !tbaa !9
  %254 = getelementptr inbounds ptr, ptr %253, i64 1
  store ptr %12, ptr %254, align 8, !tbaa !9
  %255 = getelementptr inbounds ptr, ptr %253, i64 2
  store ptr %12, ptr %255, align 8, !tbaa !9
  %256 = getelementptr inbounds ptr, ptr %253, i64 3
  store ptr %12, ptr %256, align 8, !tbaa !9
  %257 = getelementptr inbounds ptr, ptr %253, i64 4
  store ptr %12, ptr %257, align 8, !tbaa !9
  %258 = getelementptr inbounds ptr, ptr %253, i64 5
  store ptr %12, ptr %258, align 8, !tbaa !9
  %259 = getelementptr inbounds [5 x [6 x ptr]], ptr %29, i64 5
  store ptr %12, ptr %259, align 8, !tbaa !9
  %260 = getelementptr inbounds ptr, ptr %259, i64 1
  store ptr null, ptr %260, align 8, !tbaa !9
  %261 = getelementptr inbounds ptr, ptr %259, i64 2
  store ptr %12, ptr %261, align 8, !tbaa !9
  %262 = getelementptr inbounds ptr, ptr %259, i64 3
  store ptr %12, ptr %262, align 8, !tbaa !9
  %263 = getelementptr inbounds ptr, ptr %259, i64 4
  store ptr %12, ptr %263, align 8, !tbaa !9
  %264 = getelementptr inbounds ptr, ptr %259, i64 5
  store ptr %12, ptr %264, align 8, !tbaa !9
  %265 = getelementptr inbounds [6 x ptr], ptr %259, i64 1
  store ptr %12, ptr %265, align 8, !tbaa !9
  %266 = getelementptr inbounds ptr, ptr %265, i64 1
  store ptr %12, ptr %266, align 8, !tbaa !9
  %267 = getelementptr inbounds ptr, ptr %265, i64 2
  store ptr %12, ptr %267, align 8, !tbaa !9
  %268 = getelementptr inbounds ptr, ptr %265, i64 3
  store ptr %12, ptr %268, align 8, !tbaa !9
  %269 = getelementptr inbounds ptr, ptr %265, i64 4
  store ptr %12, ptr %269, align 8, !tbaa !9
  %270 = getelementptr inbounds ptr, ptr %265, i64 5
  store ptr %12, ptr %270, align 8, !tbaa !9
  %271 = getelementptr inbounds [6 x ptr], ptr %259, i64 2
  store ptr %12, ptr %271, align 8, !tbaa !9
  %272 = getelementptr inbounds ptr, ptr %271, i64 1
  store ptr %12, ptr %272, align 8, !tbaa !9
  %273 = getelementptr inbounds ptr, ptr %271, i64 2
  store ptr %12, ptr %273, align 8, !tbaa !9
  %274 = getelementptr inbounds ptr, ptr %271, i64 3
  store ptr %12, ptr %274, align 8, !tbaa !9
  %275 = getelementptr inbounds ptr, ptr %271, i64 4
  store ptr %12, ptr %275, align 8, !tbaa !9
  %276 = getelementptr inbounds ptr, ptr %271, i64 5
  store ptr %12, ptr %276, align 8, !tbaa !9
  %277 = getelementptr inbounds [6 x ptr], ptr %259, i64 3
  store ptr %12, ptr %277, align 8, !tbaa !9
  %278 = getelementptr inbounds ptr, ptr %277, i64 1
  store ptr %12, ptr %278, align 8, !tbaa !9
  %279 = getelementptr inbounds ptr, ptr %277, i64 2
  store ptr %12, ptr %279, align 8, !tbaa !9
  %280 = getelementptr inbounds ptr, ptr %277, i64 3
  store ptr %12, ptr %280, align 8, !tbaa !9
  %281 = getelementptr inbounds ptr, ptr %277, i64 4
  store ptr %12, ptr %281, align 8, !tbaa !9
  %282 = getelementptr inbounds ptr, ptr %277, i64 5
  store ptr %12, ptr %282, align 8, !tbaa !9
  %283 = getelementptr inbounds [6 x ptr], ptr %259, i64 4
  store ptr %12, ptr %283, align 8, !tbaa !9
  %284 = getelementptr inbounds ptr, ptr %283, i64 1
  store ptr %12, ptr %284, align 8, !tbaa !9
  %285 = getelementptr inbounds ptr, ptr %283, i64 2
  store ptr %12, ptr %285, align 8, !tbaa !9
  %286 = getelementptr inbounds ptr, ptr %283, i64 3
  store ptr %12, ptr %286, align 8, !tbaa !9
  %287 = getelementptr inbounds ptr, ptr %283, i64 4
  store ptr %12, ptr %287, align 8, !tbaa !9
  %288 = getelementptr inbounds ptr, ptr %283, i64 5
  store ptr %12, ptr %288, align 8, !tbaa !9
  %289 = getelementptr inbounds [5 x [6 x ptr]], ptr %29, i64 6
  store ptr %12, ptr %289, align 8, !tbaa !9
  %290 = getelementptr inbounds ptr, ptr %289, i64 1
  store ptr %12, ptr %290, align 8, !tbaa !9
  %291 = getelementptr inbounds ptr, ptr %289, i64 2
  store ptr %12, ptr %291, align 8, !tbaa !9
  %292 = getelementptr inbounds ptr, ptr %289, i64 3
  store ptr %12, ptr %292, align 8, !tbaa !9
  %293 = getelementptr inbounds ptr, ptr %289, i64 4
  store ptr %12, ptr %293, align 8, !tbaa !9
  %294 = getelementptr inbounds ptr, ptr %289, i64 5
  store ptr %12, ptr %294, align 8, !tbaa !9
  %295 = getelementptr inbounds [6 x ptr], ptr %289, i64 1
  store ptr %12, ptr %295, align 8, !tbaa !9
  %296 = getelementptr inbounds ptr, ptr %295, i64 1
  store ptr %12, ptr %296, align 8, !tbaa !9
  %297 = getelementptr inbounds ptr, ptr %295, i64 2
  store ptr %12, ptr %297, align 8, !tbaa !9
  %298 = getelementptr inbounds ptr, ptr %295, i64 3
  store ptr %12, ptr %298, align 8, !tbaa !9
  %299 = getelementptr inbounds ptr, ptr %295, i64 4
  store ptr %12, ptr %299, align 8, !tbaa !9
  %300 = getelementptr inbounds ptr, ptr %295, i64 5
  store ptr %12, ptr %300, align 8, !tbaa !9
  %301 = getelementptr inbounds [6 x ptr], ptr %289, i64 2
  store ptr %12, ptr %301, align 8, !tbaa !9
  %302 = getelementptr inbounds ptr, ptr %301, i64 1
  store ptr %12, ptr %302, align 8, !tbaa !9
  %303 = getelementptr inbounds ptr, ptr %301, i64 2
  store ptr %12, ptr %303, align 8, !tbaa !9
  %304 = getelementptr inbounds ptr, ptr %301, i64 3
  store ptr %12, ptr %304, align 8, !tbaa !9
  %305 = getelementptr inbounds ptr, ptr %301, i64 4
  store ptr %12, ptr %305, align 8, !tbaa !9
  %306 = getelementptr inbounds ptr, ptr %301, i64 5
  store ptr %12, ptr %306, align 8, !tbaa !9
  %307 = getelementptr inbounds [6 x ptr], ptr %289, i64 3
  store ptr %12, ptr %307, align 8, !tbaa !9
  %308 = getelementptr inbounds ptr, ptr %307, i64 1
  store ptr %12, ptr %308, align 8, !tbaa !9
  %309 = getelementptr inbounds ptr, ptr %307, i64 2
  store ptr %12, ptr %309, align 8, !tbaa !9
  %310 = getelementptr inbounds ptr, ptr %307, i64 3
  store ptr %12, ptr %310, align 8, !tbaa !9
  %311 = getelementptr inbounds ptr, ptr %307, i64 4
  store ptr %12, ptr %311, align 8, !tbaa !9
  %312 = getelementptr inbounds ptr, ptr %307, i64 5
  store ptr %12, ptr %312, align 8, !tbaa !9
  %313 = getelementptr inbounds [6 x ptr], ptr %289, i64 4
  store ptr %12, ptr %313, align 8, !tbaa !9
  %314 = getelementptr inbounds ptr, ptr %313, i64 1
  store ptr %12, ptr %314, align 8, !tbaa !9
  %315 = getelementptr inbounds ptr, ptr %313, i64 2
  store ptr %12, ptr %315, align 8, !tbaa !9
  %316 = getelementptr inbounds ptr, ptr %313, i64 3
  store ptr %12, ptr %316, align 8, !tbaa !9
  %317 = getelementptr inbounds ptr, ptr %313, i64 4
  store ptr %12, ptr %317, align 8, !tbaa !9
  %318 = getelementptr inbounds ptr, ptr %313, i64 5
  store ptr %12, ptr %318, align 8, !tbaa !9
  %319 = getelementptr inbounds [5 x [6 x ptr]], ptr %29, i64 7
  store ptr %12, ptr %319, align 8, !tbaa !9
  %320 = getelementptr inbounds ptr, ptr %319, i64 1
  store ptr %12, ptr %320, align 8, !tbaa !9
  %321 = getelementptr inbounds ptr, ptr %319, i64 2
  store ptr %12, ptr %321, align 8, !tbaa !9
  %322 = getelementptr inbounds ptr, ptr %319, i64 3
  store ptr %12, ptr %322, align 8, !tbaa !9
  %323 = getelementptr inbounds ptr, ptr %319, i64 4
  store ptr %12, ptr %323, align 8, !tbaa !9
  %324 = getelementptr inbounds ptr, ptr %319, i64 5
  store ptr %12, ptr %324, align 8, !tbaa !9
  %325 = getelementptr inbounds [6 x ptr], ptr %319, i64 1
  store ptr %12, ptr %325, align 8, !tbaa !9
  %326 = getelementptr inbounds ptr, ptr %325, i64 1
  store ptr %12, ptr %326, align 8, !tbaa !9
  %327 = getelementptr inbounds ptr, ptr %325, i64 2
  store ptr %12, ptr %327, align 8, !tbaa !9
  %328 = getelementptr inbounds ptr, ptr %325, i64 3
  store ptr %12, ptr %328, align 8, !tbaa !9
  %329 = getelementptr inbounds ptr, ptr %325, i64 4
  store ptr %12, ptr %329, align 8, !tbaa !9
  %330 = getelementptr inbounds ptr, ptr %325, i64 5
  store ptr %12, ptr %330, align 8, !tbaa !9
  %331 = getelementptr inbounds [6 x ptr], ptr %319, i64 2
  store ptr %12, ptr %331, align 8, !tbaa !9
  %332 = getelementptr inbounds ptr, ptr %331, i64 1
  store ptr %12, ptr %332, align 8, !tbaa !9
  %333 = getelementptr inbounds ptr, ptr %331, i64 2
  store ptr %12, ptr %333, align 8, !tbaa !9
  %334 = getelementptr inbounds ptr, ptr %331, i64 3
  store ptr %12, ptr %334, align 8, !tbaa !9
  %335 = getelementptr inbounds ptr, ptr %331, i64 4
  store ptr %12, ptr %335, align 8, !tbaa !9
  %336 = getelementptr inbounds ptr, ptr %331, i64 5
  store ptr %12, ptr %336, align 8, !tbaa !9
  %337 = getelementptr inbounds [6 x ptr], ptr %319, i64 3
  store ptr %12, ptr %337, align 8, !tbaa !9
  %338 = getelementptr inbounds ptr, ptr %337, i64 1
  store ptr %12, ptr %338, align 8, !tbaa !9
  %339 = getelementptr inbounds ptr, ptr %337, i64 2
  store ptr %12, ptr %339, align 8, !tbaa !9
  %340 = getelementptr inbounds ptr, ptr %337, i64 3
  store ptr %12, ptr %340, align 8, !tbaa !9
  %341 = getelementptr inbounds ptr, ptr %337, i64 4
  store ptr %12, ptr %341, align 8, !tbaa !9
  %342 = getelementptr inbounds ptr, ptr %337, i64 5
  store ptr %12, ptr %342, align 8, !tbaa !9
  %343 = getelementptr inbounds [6 x ptr], ptr %319, i64 4
  store ptr %12, ptr %343, align 8, !tbaa !9
  %344 = getelementptr inbounds ptr, ptr %343, i64 1
  store ptr %12, ptr %344, align 8, !tbaa !9
  %345 = getelementptr inbounds ptr, ptr %343, i64 2
  store ptr %12, ptr %345, align 8, !tbaa !9
  %346 = getelementptr inbounds ptr, ptr %343, i64 3
  store ptr %12, ptr %346, align 8, !tbaa !9
  %347 = getelementptr inbounds ptr, ptr %343, i64 4
  store ptr %12, ptr %347, align 8, !tbaa !9
  %348 = getelementptr inbounds ptr, ptr %343, i64 5
  store ptr %12, ptr %348, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %30) #6
  %349 = getelementptr inbounds [8 x [5 x [6 x ptr]]], ptr %29, i64 0, i64 2
  %350 = getelementptr inbounds [5 x [6 x ptr]], ptr %349, i64 0, i64 2
  %351 = getelementptr inbounds [6 x ptr], ptr %350, i64 0, i64 3
  store ptr %351, ptr %30, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %31) #6
  %352 = getelementptr inbounds [8 x ptr], ptr %27, i64 0, i64 5
  store ptr %352, ptr %31, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %32) #6
  store i64 -1, ptr %32, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 224, ptr %33) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %33, ptr align 16 @__const.func_4.l_1900, i64 224, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %34) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %34, ptr align 1 @__const.func_4.l_1920, i64 8, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %35) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %36) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %37) #6
  store i32 0, ptr %35, align 4, !tbaa !5
  br label %353

353:                                              ; preds = %360, %5
  %354 = load i32, ptr %35, align 4, !tbaa !5
  %355 = icmp slt i32 %354, 5
  br i1 %355, label %356, label %363

356:                                              ; preds = %353
  %357 = load i32, ptr %35, align 4, !tbaa !5
  %358 = sext i32 %357 to i64
  %359 = getelementptr inbounds [5 x ptr], ptr %22, i64 0, i64 %358
  store ptr %21, ptr %359, align 8, !tbaa !9
  br label %360

360:                                              ; preds = %356
  %361 = load i32, ptr %35, align 4, !tbaa !5
  %362 = add nsw i32 %361, 1
  store i32 %362, ptr %35, align 4, !tbaa !5
  br label %353, !llvm.loop !59

363:                                              ; preds = %353
  %364 = load ptr, ptr %12, align 8, !tbaa !9
  %365 = icmp ne ptr null, %364
  %366 = zext i1 %365 to i32
  %367 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_870, i32 0, i32 5), align 8, !tbaa !26
  %368 = trunc i64 %367 to i8
  %369 = load i32, ptr %11, align 4, !tbaa !5
  %370 = load ptr, ptr %13, align 8, !tbaa !9
  %371 = icmp ne ptr null, %370
  %372 = zext i1 %371 to i32
  %373 = load i16, ptr %14, align 2, !tbaa !11
  %374 = sext i16 %373 to i32
  %375 = load i16, ptr %14, align 2, !tbaa !11
  %376 = trunc i16 %375 to i8
  %377 = call zeroext i8 @safe_sub_func_uint8_t_u_u(i8 noundef zeroext -69, i8 noundef zeroext %376) #8
  %378 = getelementptr inbounds %struct.S1, ptr %7, i32 0, i32 1
  %379 = load i32, ptr %378, align 1
  %380 = shl i32 %379, 13
  %381 = ashr i32 %380, 25
  %382 = call zeroext i8 @safe_lshift_func_uint8_t_u_s(i8 noundef zeroext %377, i32 noundef %381) #8
  %383 = icmp ne i8 %382, 0
  %384 = xor i1 %383, true
  %385 = xor i1 %384, true
  %386 = zext i1 %385 to i32
  %387 = icmp sge i32 %374, %386
  %388 = zext i1 %387 to i32
  %389 = load i16, ptr %14, align 2, !tbaa !11
  %390 = sext i16 %389 to i32
  %391 = icmp ne i32 %388, %390
  %392 = zext i1 %391 to i32
  %393 = call i32 @safe_sub_func_int32_t_s_s(i32 noundef %372, i32 noundef %392) #8
  %394 = trunc i32 %393 to i16
  %395 = call signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %394, i16 noundef signext -1) #8
  %396 = load ptr, ptr @g_853, align 8, !tbaa !9
  %397 = load volatile ptr, ptr %396, align 8, !tbaa !9
  %398 = load ptr, ptr %397, align 8, !tbaa !9
  store i16 %395, ptr %398, align 2, !tbaa !11
  %399 = load i32, ptr @g_1548, align 4, !tbaa !5
  %400 = trunc i32 %399 to i16
  %401 = call signext i16 @safe_mod_func_int16_t_s_s(i16 noundef signext %395, i16 noundef signext %400) #8
  %402 = trunc i16 %401 to i8
  %403 = call zeroext i8 @safe_rshift_func_uint8_t_u_s(i8 noundef zeroext %402, i32 noundef 1) #8
  %404 = zext i8 %403 to i32
  %405 = getelementptr inbounds %struct.S1, ptr %7, i32 0, i32 0
  %406 = load i32, ptr %405, align 1, !tbaa !16
  %407 = icmp sgt i32 %404, %406
  %408 = zext i1 %407 to i32
  %409 = load i8, ptr %10, align 1, !tbaa !15
  %410 = zext i8 %409 to i32
  %411 = icmp sle i32 %408, %410
  %412 = zext i1 %411 to i32
  %413 = call zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %368, i32 noundef %412) #8
  %414 = zext i8 %413 to i32
  %415 = icmp slt i32 %366, %414
  br i1 %415, label %416, label %545

416:                                              ; preds = %363
  call void @llvm.lifetime.start.p0(i64 8, ptr %38) #6
  store ptr @g_414, ptr %38, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %39) #6
  store ptr null, ptr %39, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %40) #6
  store i32 -1448309492, ptr %40, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %41) #6
  store i32 -1471385984, ptr %41, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %42) #6
  store i32 467249837, ptr %42, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %43) #6
  store i32 0, ptr %43, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %44) #6
  store i32 49211833, ptr %44, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %45) #6
  store i32 768215883, ptr %45, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %46) #6
  store i32 232634458, ptr %46, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %47) #6
  store i32 -1263418992, ptr %47, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 28, ptr %48) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %48, ptr align 16 @__const.func_4.l_1631, i64 28, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %49) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %49, ptr align 1 @__const.func_4.l_1680, i64 8, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %50) #6
  store i32 1795085451, ptr %50, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %51) #6
  store ptr @g_564, ptr %51, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %52) #6
  store i32 -1, ptr %52, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %53) #6
  store i32 1, ptr %53, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %54) #6
  store i32 -1291345329, ptr %54, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %55) #6
  store i32 -1435007151, ptr %55, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %56) #6
  store i32 0, ptr %56, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 160, ptr %57) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %57, ptr align 16 @__const.func_4.l_1775, i64 160, i1 false)
  call void @llvm.lifetime.start.p0(i64 1280, ptr %58) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %58, ptr align 16 @__const.func_4.l_1820, i64 1280, i1 false)
  call void @llvm.lifetime.start.p0(i64 960, ptr %59) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %59, ptr align 16 @__const.func_4.l_1841, i64 960, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %60) #6
  %417 = getelementptr inbounds [8 x [5 x [3 x ptr]]], ptr %59, i64 0, i64 1
  %418 = getelementptr inbounds [5 x [3 x ptr]], ptr %417, i64 0, i64 3
  %419 = getelementptr inbounds [3 x ptr], ptr %418, i64 0, i64 0
  store ptr %419, ptr %60, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %61) #6
  store ptr %60, ptr %61, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 360, ptr %62) #6
  store ptr null, ptr %62, align 8, !tbaa !9
  %420 = getelementptr inbounds ptr, ptr %62, i64 1
  store ptr null, ptr %420, align 8, !tbaa !9
  %421 = getelementptr inbounds ptr, ptr %62, i64 2
  store ptr %61, ptr %421, align 8, !tbaa !9
  %422 = getelementptr inbounds ptr, ptr %62, i64 3
  store ptr null, ptr %422, align 8, !tbaa !9
  %423 = getelementptr inbounds ptr, ptr %62, i64 4
  store ptr %61, ptr %423, align 8, !tbaa !9
  %424 = getelementptr inbounds [5 x ptr], ptr %62, i64 1
  store ptr %61, ptr %424, align 8, !tbaa !9
  %425 = getelementptr inbounds ptr, ptr %424, i64 1
  store ptr null, ptr %425, align 8, !tbaa !9
  %426 = getelementptr inbounds ptr, ptr %424, i64 2
  store ptr null, ptr %426, align 8, !tbaa !9
  %427 = getelementptr inbounds ptr, ptr %424, i64 3
  store ptr %61, ptr %427, align 8, !tbaa !9
  %428 = getelementptr inbounds ptr, ptr %424, i64 4
  store ptr null, ptr %428, align 8, !tbaa !9
  %429 = getelementptr inbounds [5 x ptr], ptr %62, i64 2
  store ptr null, ptr %429, align 8, !tbaa !9
  %430 = getelementptr inbounds ptr, ptr %429, i64 1
  store ptr null, ptr %430, align 8, !tbaa !9
  %431 = getelementptr inbounds ptr, ptr %429, i64 2
  store ptr %61, ptr %431, align 8, !tbaa !9
  %432 = getelementptr inbounds ptr, ptr %429, i64 3
  store ptr %61, ptr %432, align 8, !tbaa !9
  %433 = getelementptr inbounds ptr, ptr %429, i64 4
  store ptr null, ptr %433, align 8, !tbaa !9
  %434 = getelementptr inbounds [5 x ptr], ptr %62, i64 3
  store ptr null, ptr %434, align 8, !tbaa !9
  %435 = getelementptr inbounds ptr, ptr %434, i64 1
  store ptr null, ptr %435, align 8, !tbaa !9
  %436 = getelementptr inbounds ptr, ptr %434, i64 2
  store ptr null, ptr %436, align 8, !tbaa !9
  %437 = getelementptr inbounds ptr, ptr %434, i64 3
  store ptr %61, ptr %437, align 8, !tbaa !9
  %438 = getelementptr inbounds ptr, ptr %434, i64 4
  store ptr %61, ptr %438, align 8, !tbaa !9
  %439 = getelementptr inbounds [5 x ptr], ptr %62, i64 4
  store ptr %61, ptr %439, align 8, !tbaa !9
  %440 = getelementptr inbounds ptr, ptr %439, i64 1
  store ptr null, ptr %440, align 8, !tbaa !9
  %441 = getelementptr inbounds ptr, ptr %439, i64 2
  store ptr %61, ptr %441, align 8, !tbaa !9
  %442 = getelementptr inbounds ptr, ptr %439, i64 3
  store ptr %61, ptr %442, align 8, !tbaa !9
  %443 = getelementptr inbounds ptr, ptr %439, i64 4
  store ptr %61, ptr %443, align 8, !tbaa !9
  %444 = getelementptr inbounds [5 x ptr], ptr %62, i64 5
  store ptr %61, ptr %444, align 8, !tbaa !9
  %445 = getelementptr inbounds ptr, ptr %444, i64 1
  store ptr %61, ptr %445, align 8, !tbaa !9
  %446 = getelementptr inbounds ptr, ptr %444, i64 2
  store ptr %61, ptr %446, align 8, !tbaa !9
  %447 = getelementptr inbounds ptr, ptr %444, i64 3
  store ptr %61, ptr %447, align 8, !tbaa !9
  %448 = getelementptr inbounds ptr, ptr %444, i64 4
  store ptr %61, ptr %448, align 8, !tbaa !9
  %449 = getelementptr inbounds [5 x ptr], ptr %62, i64 6
  call void @llvm.memset.p0.i64(ptr align 8 %449, i8 0, i64 40, i1 false)
  store ptr %61, ptr %449, align 8, !tbaa !9
  %450 = getelementptr inbounds ptr, ptr %449, i64 1
  %451 = getelementptr inbounds ptr, ptr %449, i64 2
  %452 = getelementptr inbounds ptr, ptr %449, i64 3
  %453 = getelementptr inbounds ptr, ptr %449, i64 4
  %454 = getelementptr inbounds [5 x ptr], ptr %62, i64 7
  store ptr null, ptr %454, align 8, !tbaa !9
  %455 = getelementptr inbounds ptr, ptr %454, i64 1
  store ptr null, ptr %455, align 8, !tbaa !9
  %456 = getelementptr inbounds ptr, ptr %454, i64 2
  store ptr %61, ptr %456, align 8, !tbaa !9
  %457 = getelementptr inbounds ptr, ptr %454, i64 3
  store ptr %61, ptr %457, align 8, !tbaa !9
  %458 = getelementptr inbounds ptr, ptr %454, i64 4
  store ptr %61, ptr %458, align 8, !tbaa !9
  %459 = getelementptr inbounds [5 x ptr], ptr %62, i64 8
  store ptr null, ptr %459, align 8, !tbaa !9
  %460 = getelementptr inbounds ptr, ptr %459, i64 1
  store ptr %61, ptr %460, align 8, !tbaa !9
  %461 = getelementptr inbounds ptr, ptr %459, i64 2
  store ptr %61, ptr %461, align 8, !tbaa !9
  %462 = getelementptr inbounds ptr, ptr %459, i64 3
  store ptr null, ptr %462, align 8, !tbaa !9
  %463 = getelementptr inbounds ptr, ptr %459, i64 4
  store ptr null, ptr %463, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %63) #6
  %464 = getelementptr inbounds [8 x ptr], ptr %27, i64 0, i64 3
  store ptr %464, ptr %63, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %64) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %65) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %66) #6
  store i32 0, ptr @g_1548, align 4, !tbaa !5
  br label %465

465:                                              ; preds = %480, %416
  %466 = load i32, ptr @g_1548, align 4, !tbaa !5
  %467 = icmp ule i32 %466, 4
  br i1 %467, label %468, label %483

468:                                              ; preds = %465
  call void @llvm.lifetime.start.p0(i64 2, ptr %67) #6
  store i16 -1, ptr %67, align 2, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %68) #6
  store i32 -1302298881, ptr %68, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %69) #6
  store i32 1, ptr %69, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %70) #6
  store i32 1212970826, ptr %70, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %71) #6
  store i32 1, ptr %71, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 1, ptr %72) #6
  store i8 0, ptr %72, align 1, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr %73) #6
  store ptr null, ptr %73, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %74) #6
  store ptr @g_579, ptr %74, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %75) #6
  store ptr %74, ptr %75, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %76) #6
  store ptr %75, ptr %76, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %77) #6
  store ptr null, ptr %77, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %78) #6
  store ptr @g_308, ptr %78, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %79) #6
  store i32 3, ptr %79, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 12, ptr %80) #6
  call void @llvm.lifetime.start.p0(i64 8, ptr %81) #6
  store ptr @g_1234, ptr %81, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %82) #6
  store ptr @g_1020, ptr %82, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %83) #6
  store ptr getelementptr inbounds ([5 x i32], ptr @g_1801, i64 0, i64 3), ptr %83, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %84) #6
  store i32 0, ptr %84, align 4, !tbaa !5
  br label %469

469:                                              ; preds = %476, %468
  %470 = load i32, ptr %84, align 4, !tbaa !5
  %471 = icmp slt i32 %470, 3
  br i1 %471, label %472, label %479

472:                                              ; preds = %469
  %473 = load i32, ptr %84, align 4, !tbaa !5
  %474 = sext i32 %473 to i64
  %475 = getelementptr inbounds [3 x i32], ptr %80, i64 0, i64 %474
  store i32 -1, ptr %475, align 4, !tbaa !5
  br label %476

476:                                              ; preds = %472
  %477 = load i32, ptr %84, align 4, !tbaa !5
  %478 = add nsw i32 %477, 1
  store i32 %478, ptr %84, align 4, !tbaa !5
  br label %469, !llvm.loop !60

479:                                              ; preds = %469
  call void @llvm.lifetime.end.p0(i64 4, ptr %84) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %83) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %82) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %81) #6
  call void @llvm.lifetime.end.p0(i64 12, ptr %80) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %79) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %78) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %77) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %76) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %75) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %74) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %73) #6
  call void @llvm.lifetime.end.p0(i64 1, ptr %72) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %71) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %70) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %69) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %68) #6
  call void @llvm.lifetime.end.p0(i64 2, ptr %67) #6
  br label %480

480:                                              ; preds = %479
  %481 = load i32, ptr @g_1548, align 4, !tbaa !5
  %482 = add i32 %481, 1
  store i32 %482, ptr @g_1548, align 4, !tbaa !5
  br label %465, !llvm.loop !61

483:                                              ; preds = %465
  %484 = icmp ne ptr null, %25
  %485 = zext i1 %484 to i32
  %486 = load i8, ptr %9, align 1, !tbaa !15
  %487 = sext i8 %486 to i32
  %488 = xor i32 %485, %487
  %489 = sext i32 %488 to i64
  %490 = load i32, ptr %47, align 4, !tbaa !5
  %491 = trunc i32 %490 to i8
  %492 = call signext i8 @safe_mod_func_int8_t_s_s(i8 noundef signext 68, i8 noundef signext %491) #8
  %493 = sext i8 %492 to i32
  %494 = icmp ne i32 %493, 0
  br i1 %494, label %534, label %495

495:                                              ; preds = %483
  %496 = load volatile ptr, ptr @g_1861, align 8, !tbaa !9
  %497 = load ptr, ptr %63, align 8, !tbaa !9
  store ptr %497, ptr %31, align 8, !tbaa !9
  %498 = icmp eq ptr %496, %497
  %499 = zext i1 %498 to i32
  %500 = trunc i32 %499 to i16
  %501 = call zeroext i16 @safe_lshift_func_uint16_t_u_u(i16 noundef zeroext %500, i32 noundef 11) #8
  %502 = trunc i16 %501 to i8
  %503 = call zeroext i8 @safe_add_func_uint8_t_u_u(i8 noundef zeroext %502, i8 noundef zeroext -1) #8
  %504 = zext i8 %503 to i16
  %505 = getelementptr inbounds %struct.S1, ptr %7, i32 0, i32 1
  %506 = load i32, ptr %505, align 1
  %507 = shl i32 %506, 13
  %508 = ashr i32 %507, 25
  %509 = call signext i16 @safe_lshift_func_int16_t_s_u(i16 noundef signext %504, i32 noundef %508) #8
  %510 = sext i16 %509 to i64
  %511 = icmp sgt i64 %510, 4283868422
  %512 = zext i1 %511 to i32
  %513 = load ptr, ptr %24, align 8, !tbaa !9
  %514 = load i16, ptr %513, align 2, !tbaa !11
  %515 = zext i16 %514 to i32
  %516 = xor i32 %515, %512
  %517 = trunc i32 %516 to i16
  store i16 %517, ptr %513, align 2, !tbaa !11
  %518 = zext i16 %517 to i32
  %519 = getelementptr inbounds [4 x [5 x [2 x i32]]], ptr %57, i64 0, i64 3
  %520 = getelementptr inbounds [5 x [2 x i32]], ptr %519, i64 0, i64 2
  %521 = getelementptr inbounds [2 x i32], ptr %520, i64 0, i64 1
  %522 = load i32, ptr %521, align 4, !tbaa !5
  %523 = icmp sle i32 %518, %522
  %524 = zext i1 %523 to i32
  %525 = sext i32 %524 to i64
  %526 = and i64 %525, 134
  %527 = trunc i64 %526 to i16
  %528 = getelementptr inbounds [2 x [7 x i16]], ptr %48, i64 0, i64 1
  %529 = getelementptr inbounds [7 x i16], ptr %528, i64 0, i64 4
  %530 = load i16, ptr %529, align 2, !tbaa !11
  %531 = call zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext %527, i16 noundef zeroext %530) #8
  %532 = zext i16 %531 to i32
  %533 = icmp ne i32 %532, 0
  br label %534

534:                                              ; preds = %495, %483
  %535 = phi i1 [ true, %483 ], [ %533, %495 ]
  %536 = zext i1 %535 to i32
  %537 = icmp ne i64 %489, 3
  %538 = zext i1 %537 to i32
  %539 = sext i32 %538 to i64
  %540 = or i64 -2, %539
  %541 = call i64 @safe_unary_minus_func_int64_t_s(i64 noundef %540) #8
  %542 = trunc i64 %541 to i32
  %543 = load ptr, ptr %16, align 8, !tbaa !9
  %544 = load ptr, ptr %543, align 8, !tbaa !9
  store i32 %542, ptr %544, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 4, ptr %66) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %65) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %64) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %63) #6
  call void @llvm.lifetime.end.p0(i64 360, ptr %62) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %61) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %60) #6
  call void @llvm.lifetime.end.p0(i64 960, ptr %59) #6
  call void @llvm.lifetime.end.p0(i64 1280, ptr %58) #6
  call void @llvm.lifetime.end.p0(i64 160, ptr %57) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %56) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %55) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %54) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %53) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %52) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %51) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %50) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %49) #6
  call void @llvm.lifetime.end.p0(i64 28, ptr %48) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %47) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %46) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %45) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %44) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %43) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %42) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %41) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %40) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %39) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %38) #6
  br label %743

545:                                              ; preds = %363
  call void @llvm.lifetime.start.p0(i64 4, ptr %85) #6
  store i32 -6, ptr %85, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %86) #6
  %546 = getelementptr inbounds [8 x i32], ptr %20, i64 0, i64 2
  store ptr %546, ptr %86, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 72, ptr %87) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %87, ptr align 16 @__const.func_4.l_1881, i64 72, i1 false)
  call void @llvm.lifetime.start.p0(i64 800, ptr %88) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %88, ptr align 16 @__const.func_4.l_1882, i64 800, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %89) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %90) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %91) #6
  %547 = load volatile ptr, ptr @g_697, align 8, !tbaa !9
  store ptr %8, ptr %547, align 8, !tbaa !9
  store i64 8, ptr %32, align 8, !tbaa !13
  store i32 15, ptr @g_839, align 4, !tbaa !5
  br label %548

548:                                              ; preds = %736, %545
  %549 = load i32, ptr @g_839, align 4, !tbaa !5
  %550 = icmp ne i32 %549, -9
  br i1 %550, label %551, label %739

551:                                              ; preds = %548
  call void @llvm.lifetime.start.p0(i64 8, ptr %92) #6
  store ptr @g_26, ptr %92, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %93) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %93, ptr align 1 @__const.func_4.l_1896, i64 8, i1 false)
  store ptr null, ptr %92, align 8, !tbaa !9
  store i64 0, ptr getelementptr inbounds (%struct.S0, ptr @g_1827, i32 0, i32 5), align 8, !tbaa !26
  br label %552

552:                                              ; preds = %717, %551
  %553 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_1827, i32 0, i32 5), align 8, !tbaa !26
  %554 = icmp ule i64 %553, 3
  br i1 %554, label %555, label %720

555:                                              ; preds = %552
  call void @llvm.lifetime.start.p0(i64 2, ptr %94) #6
  store i16 -6030, ptr %94, align 2, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %95) #6
  store i32 -9, ptr %95, align 4, !tbaa !5
  store i16 5, ptr %14, align 2, !tbaa !11
  br label %556

556:                                              ; preds = %561, %555
  %557 = load i16, ptr %14, align 2, !tbaa !11
  %558 = sext i16 %557 to i32
  %559 = icmp sge i32 %558, 0
  br i1 %559, label %560, label %566

560:                                              ; preds = %556
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %6, ptr align 1 %7, i64 8, i1 false), !tbaa.struct !57
  store i32 1, ptr %96, align 4
  br label %714

561:                                              ; No predecessors!
  %562 = load i16, ptr %14, align 2, !tbaa !11
  %563 = sext i16 %562 to i32
  %564 = sub nsw i32 %563, 1
  %565 = trunc i32 %564 to i16
  store i16 %565, ptr %14, align 2, !tbaa !11
  br label %556, !llvm.loop !62

566:                                              ; preds = %556
  %567 = load i16, ptr %94, align 2, !tbaa !11
  %568 = getelementptr inbounds %struct.S1, ptr %7, i32 0, i32 0
  %569 = load i32, ptr %568, align 1, !tbaa !16
  %570 = load volatile ptr, ptr @g_891, align 8, !tbaa !9
  %571 = load ptr, ptr %570, align 8, !tbaa !9
  %572 = load i32, ptr %571, align 4, !tbaa !5
  %573 = call i32 @safe_div_func_int32_t_s_s(i32 noundef %569, i32 noundef %572) #8
  %574 = trunc i32 %573 to i16
  %575 = load ptr, ptr @g_853, align 8, !tbaa !9
  %576 = load volatile ptr, ptr %575, align 8, !tbaa !9
  %577 = load ptr, ptr %576, align 8, !tbaa !9
  %578 = load i16, ptr %577, align 2, !tbaa !11
  %579 = call zeroext i16 @safe_add_func_uint16_t_u_u(i16 noundef zeroext %574, i16 noundef zeroext %578) #8
  %580 = zext i16 %579 to i64
  %581 = icmp eq i64 %580, 4294967286
  %582 = zext i1 %581 to i32
  %583 = trunc i32 %582 to i16
  %584 = call zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %567, i16 noundef zeroext %583) #8
  %585 = zext i16 %584 to i32
  %586 = or i32 %585, 1
  %587 = trunc i32 %586 to i8
  %588 = call signext i8 @safe_div_func_int8_t_s_s(i8 noundef signext %587, i8 noundef signext 1) #8
  %589 = sext i8 %588 to i32
  %590 = getelementptr inbounds %struct.S1, ptr %7, i32 0, i32 1
  %591 = load i32, ptr %590, align 1
  %592 = shl i32 %591, 20
  %593 = ashr i32 %592, 20
  %594 = and i32 %589, %593
  br i1 false, label %599, label %595

595:                                              ; preds = %566
  %596 = load i16, ptr %94, align 2, !tbaa !11
  %597 = sext i16 %596 to i32
  %598 = icmp ne i32 %597, 0
  br label %599

599:                                              ; preds = %595, %566
  %600 = phi i1 [ true, %566 ], [ %598, %595 ]
  %601 = zext i1 %600 to i32
  %602 = load ptr, ptr %16, align 8, !tbaa !9
  %603 = load ptr, ptr %602, align 8, !tbaa !9
  %604 = load i32, ptr %603, align 4, !tbaa !5
  %605 = icmp sge i32 %601, %604
  %606 = zext i1 %605 to i32
  %607 = getelementptr inbounds %struct.S1, ptr %7, i32 0, i32 1
  %608 = load i32, ptr %607, align 1
  %609 = shl i32 %608, 13
  %610 = ashr i32 %609, 25
  %611 = xor i32 %610, %606
  %612 = load i32, ptr %607, align 1
  %613 = and i32 %611, 127
  %614 = shl i32 %613, 12
  %615 = and i32 %612, -520193
  %616 = or i32 %615, %614
  store i32 %616, ptr %607, align 1
  %617 = shl i32 %613, 25
  %618 = ashr i32 %617, 25
  %619 = load ptr, ptr @g_953, align 8, !tbaa !9
  %620 = load ptr, ptr %619, align 8, !tbaa !9
  %621 = load i32, ptr %620, align 4, !tbaa !5
  %622 = icmp ne i32 %621, 0
  br i1 %622, label %623, label %624

623:                                              ; preds = %599
  store i32 16, ptr %96, align 4
  br label %714

624:                                              ; preds = %599
  %625 = getelementptr inbounds [2 x [4 x [7 x i32]]], ptr %33, i64 0, i64 1
  %626 = getelementptr inbounds [4 x [7 x i32]], ptr %625, i64 0, i64 1
  %627 = getelementptr inbounds [7 x i32], ptr %626, i64 0, i64 2
  %628 = load i32, ptr %627, align 4, !tbaa !5
  %629 = add i32 %628, -1
  store i32 %629, ptr %627, align 4, !tbaa !5
  store i64 0, ptr getelementptr inbounds (%struct.S0, ptr @g_414, i32 0, i32 5), align 8, !tbaa !34
  br label %630

630:                                              ; preds = %710, %624
  %631 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_414, i32 0, i32 5), align 8, !tbaa !34
  %632 = icmp ule i64 %631, 3
  br i1 %632, label %633, label %713

633:                                              ; preds = %630
  call void @llvm.lifetime.start.p0(i64 8, ptr %97) #6
  store ptr getelementptr inbounds (%struct.S3, ptr @g_1825, i32 0, i32 1), ptr %97, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %98) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %99) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %100) #6
  %634 = load ptr, ptr @g_1611, align 8, !tbaa !9
  %635 = load volatile i8, ptr %634, align 1, !tbaa !15
  %636 = zext i8 %635 to i32
  %637 = xor i32 %636, -1
  %638 = trunc i32 %637 to i8
  %639 = getelementptr inbounds %struct.S1, ptr %7, i32 0, i32 1
  %640 = load i32, ptr %639, align 1
  %641 = shl i32 %640, 13
  %642 = ashr i32 %641, 25
  %643 = trunc i32 %642 to i16
  %644 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext -22094, i16 noundef signext %643) #8
  %645 = load ptr, ptr @g_854, align 8, !tbaa !9
  %646 = load ptr, ptr %645, align 8, !tbaa !9
  %647 = load i16, ptr %646, align 2, !tbaa !11
  %648 = sext i16 %647 to i32
  store i32 %648, ptr %95, align 4, !tbaa !5
  %649 = getelementptr inbounds %struct.S1, ptr %7, i32 0, i32 1
  %650 = load i32, ptr %649, align 1
  %651 = shl i32 %650, 13
  %652 = ashr i32 %651, 25
  %653 = load ptr, ptr @g_854, align 8, !tbaa !9
  %654 = load ptr, ptr %653, align 8, !tbaa !9
  %655 = load i16, ptr %654, align 2, !tbaa !11
  %656 = sext i16 %655 to i32
  %657 = icmp sge i32 %652, %656
  %658 = zext i1 %657 to i32
  %659 = icmp sle i32 %648, %658
  %660 = zext i1 %659 to i32
  %661 = load i16, ptr %94, align 2, !tbaa !11
  %662 = sext i16 %661 to i32
  %663 = icmp sge i32 %660, %662
  %664 = zext i1 %663 to i32
  %665 = trunc i32 %664 to i8
  %666 = call signext i8 @safe_add_func_int8_t_s_s(i8 noundef signext 0, i8 noundef signext %665) #8
  %667 = sext i8 %666 to i32
  %668 = icmp ne i32 %667, 0
  br i1 %668, label %670, label %669

669:                                              ; preds = %633
  br label %670

670:                                              ; preds = %669, %633
  %671 = phi i1 [ true, %633 ], [ true, %669 ]
  %672 = zext i1 %671 to i32
  %673 = trunc i32 %672 to i16
  %674 = call signext i16 @safe_add_func_int16_t_s_s(i16 noundef signext 2, i16 noundef signext %673) #8
  %675 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %644, i16 noundef signext %674) #8
  %676 = load ptr, ptr @g_951, align 8, !tbaa !9
  %677 = load ptr, ptr %676, align 8, !tbaa !9
  %678 = load ptr, ptr %677, align 8, !tbaa !9
  %679 = load ptr, ptr %678, align 8, !tbaa !9
  %680 = load i32, ptr %679, align 4, !tbaa !5
  %681 = getelementptr inbounds %struct.S1, ptr %7, i32 0, i32 1
  %682 = load i32, ptr %681, align 1
  %683 = shl i32 %682, 13
  %684 = ashr i32 %683, 25
  %685 = icmp slt i32 %680, %684
  %686 = zext i1 %685 to i32
  %687 = trunc i32 %686 to i8
  %688 = call zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %638, i8 noundef zeroext %687) #8
  %689 = zext i8 %688 to i32
  %690 = load ptr, ptr %97, align 8, !tbaa !9
  %691 = load i8, ptr %690, align 1, !tbaa !15
  %692 = zext i8 %691 to i32
  %693 = or i32 %692, %689
  %694 = trunc i32 %693 to i8
  store i8 %694, ptr %690, align 1, !tbaa !15
  %695 = zext i8 %694 to i32
  %696 = load ptr, ptr @g_1814, align 8, !tbaa !9
  %697 = load ptr, ptr %696, align 8, !tbaa !9
  %698 = load ptr, ptr %697, align 8, !tbaa !9
  %699 = load i8, ptr %698, align 1, !tbaa !15
  %700 = sext i8 %699 to i32
  %701 = icmp sgt i32 %695, %700
  %702 = zext i1 %701 to i32
  %703 = sext i32 %702 to i64
  %704 = call i64 @safe_unary_minus_func_uint64_t_u(i64 noundef %703) #8
  %705 = call i64 @safe_mod_func_uint64_t_u_u(i64 noundef %704, i64 noundef 7) #8
  %706 = trunc i64 %705 to i32
  %707 = load ptr, ptr @g_787, align 8, !tbaa !9
  store i32 %706, ptr %707, align 4, !tbaa !5
  %708 = load volatile ptr, ptr @g_1592, align 8, !tbaa !9
  %709 = load ptr, ptr %708, align 8, !tbaa !9
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %6, ptr align 1 %709, i64 8, i1 false), !tbaa.struct !57
  store i32 1, ptr %96, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %100) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %99) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %98) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %97) #6
  br label %714

710:                                              ; No predecessors!
  %711 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_414, i32 0, i32 5), align 8, !tbaa !34
  %712 = add i64 %711, 1
  store i64 %712, ptr getelementptr inbounds (%struct.S0, ptr @g_414, i32 0, i32 5), align 8, !tbaa !34
  br label %630, !llvm.loop !63

713:                                              ; preds = %630
  store i32 0, ptr %96, align 4
  br label %714

714:                                              ; preds = %713, %670, %623, %560
  call void @llvm.lifetime.end.p0(i64 4, ptr %95) #6
  call void @llvm.lifetime.end.p0(i64 2, ptr %94) #6
  %715 = load i32, ptr %96, align 4
  switch i32 %715, label %733 [
    i32 0, label %716
    i32 16, label %717
  ]

716:                                              ; preds = %714
  br label %717

717:                                              ; preds = %716, %714
  %718 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_1827, i32 0, i32 5), align 8, !tbaa !26
  %719 = add i64 %718, 1
  store i64 %719, ptr getelementptr inbounds (%struct.S0, ptr @g_1827, i32 0, i32 5), align 8, !tbaa !26
  br label %552, !llvm.loop !64

720:                                              ; preds = %552
  %721 = load volatile ptr, ptr @g_518, align 8, !tbaa !9
  %722 = load ptr, ptr %721, align 8, !tbaa !9
  %723 = load ptr, ptr %26, align 8, !tbaa !9
  store ptr %722, ptr %723, align 8, !tbaa !9
  %724 = getelementptr inbounds %struct.S1, ptr %7, i32 0, i32 1
  %725 = load i32, ptr %724, align 1
  %726 = lshr i32 %725, 19
  %727 = and i32 %726, 4095
  %728 = load ptr, ptr @g_952, align 8, !tbaa !9
  %729 = load ptr, ptr %728, align 8, !tbaa !9
  %730 = load ptr, ptr %729, align 8, !tbaa !9
  %731 = load i32, ptr %730, align 4, !tbaa !5
  %732 = or i32 %731, %727
  store i32 %732, ptr %730, align 4, !tbaa !5
  store i32 0, ptr %96, align 4
  br label %733

733:                                              ; preds = %720, %714
  call void @llvm.lifetime.end.p0(i64 8, ptr %93) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %92) #6
  %734 = load i32, ptr %96, align 4
  switch i32 %734, label %740 [
    i32 0, label %735
  ]

735:                                              ; preds = %733
  br label %736

736:                                              ; preds = %735
  %737 = load i32, ptr @g_839, align 4, !tbaa !5
  %738 = add nsw i32 %737, -1
  store i32 %738, ptr @g_839, align 4, !tbaa !5
  br label %548, !llvm.loop !65

739:                                              ; preds = %548
  store i32 0, ptr %96, align 4
  br label %740

740:                                              ; preds = %739, %733
  call void @llvm.lifetime.end.p0(i64 4, ptr %91) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %90) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %89) #6
  call void @llvm.lifetime.end.p0(i64 800, ptr %88) #6
  call void @llvm.lifetime.end.p0(i64 72, ptr %87) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %86) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %85) #6
  %741 = load i32, ptr %96, align 4
  switch i32 %741, label %766 [
    i32 0, label %742
  ]

742:                                              ; preds = %740
  br label %743

743:                                              ; preds = %742, %534
  store i64 2, ptr getelementptr inbounds (%struct.S0, ptr @g_1827, i32 0, i32 5), align 8, !tbaa !26
  br label %744

744:                                              ; preds = %757, %743
  %745 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_1827, i32 0, i32 5), align 8, !tbaa !26
  %746 = icmp ule i64 %745, 8
  br i1 %746, label %747, label %760

747:                                              ; preds = %744
  call void @llvm.lifetime.start.p0(i64 8, ptr %101) #6
  store ptr @g_1234, ptr %101, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %102) #6
  store ptr %101, ptr %102, align 8, !tbaa !9
  %748 = load ptr, ptr %101, align 8, !tbaa !9
  %749 = load ptr, ptr %102, align 8, !tbaa !9
  store ptr %748, ptr %749, align 8, !tbaa !9
  %750 = load i32, ptr %8, align 4, !tbaa !5
  %751 = icmp ne i32 %750, 0
  br i1 %751, label %752, label %753

752:                                              ; preds = %747
  store i32 25, ptr %96, align 4
  br label %754

753:                                              ; preds = %747
  store i32 0, ptr %96, align 4
  br label %754

754:                                              ; preds = %753, %752
  call void @llvm.lifetime.end.p0(i64 8, ptr %102) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %101) #6
  %755 = load i32, ptr %96, align 4
  switch i32 %755, label %768 [
    i32 0, label %756
    i32 25, label %757
  ]

756:                                              ; preds = %754
  br label %757

757:                                              ; preds = %756, %754
  %758 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_1827, i32 0, i32 5), align 8, !tbaa !26
  %759 = add i64 %758, 1
  store i64 %759, ptr getelementptr inbounds (%struct.S0, ptr @g_1827, i32 0, i32 5), align 8, !tbaa !26
  br label %744, !llvm.loop !66

760:                                              ; preds = %744
  %761 = load i32, ptr %11, align 4, !tbaa !5
  %762 = load ptr, ptr %16, align 8, !tbaa !9
  %763 = load ptr, ptr %762, align 8, !tbaa !9
  %764 = load i32, ptr %763, align 4, !tbaa !5
  %765 = and i32 %764, %761
  store i32 %765, ptr %763, align 4, !tbaa !5
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %6, ptr align 1 %34, i64 8, i1 false), !tbaa.struct !57
  store i32 1, ptr %96, align 4
  br label %766

766:                                              ; preds = %760, %740
  call void @llvm.lifetime.end.p0(i64 4, ptr %37) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %36) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %35) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %34) #6
  call void @llvm.lifetime.end.p0(i64 224, ptr %33) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %32) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %31) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %30) #6
  call void @llvm.lifetime.end.p0(i64 1920, ptr %29) #6
  call void @llvm.lifetime.end.p0(i64 108, ptr %28) #6
  call void @llvm.lifetime.end.p0(i64 64, ptr %27) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %26) #6
  call void @llvm.lifetime.end.p0(i64 2, ptr %25) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %24) #6
  call void @llvm.lifetime.end.p0(i64 2, ptr %23) #6
  call void @llvm.lifetime.end.p0(i64 40, ptr %22) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %21) #6
  call void @llvm.lifetime.end.p0(i64 32, ptr %20) #6
  call void @llvm.lifetime.end.p0(i64 120, ptr %19) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %18) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %17) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %16) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %15) #6
  call void @llvm.lifetime.end.p0(i64 2, ptr %14) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %13) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %12) #6
  %767 = load i64, ptr %6, align 1
  ret i64 %767

768:                                              ; preds = %754
  unreachable
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i16 @safe_rshift_func_uint16_t_u_u(i16 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = icmp uge i32 %5, 32
  br i1 %6, label %7, label %10

7:                                                ; preds = %2
  %8 = load i16, ptr %3, align 2, !tbaa !11
  %9 = zext i16 %8 to i32
  br label %15

10:                                               ; preds = %2
  %11 = load i16, ptr %3, align 2, !tbaa !11
  %12 = zext i16 %11 to i32
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = ashr i32 %12, %13
  br label %15

15:                                               ; preds = %10, %7
  %16 = phi i32 [ %9, %7 ], [ %14, %10 ]
  %17 = trunc i32 %16 to i16
  ret i16 %17
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i16 @func_12(i8 noundef signext %0, i32 noundef %1, i8 noundef zeroext %2, i32 noundef %3) #0 {
  %5 = alloca i16, align 2
  %6 = alloca i8, align 1
  %7 = alloca i32, align 4
  %8 = alloca i8, align 1
  %9 = alloca i32, align 4
  %10 = alloca [9 x [5 x i64]], align 16
  %11 = alloca [4 x i32], align 16
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca ptr, align 8
  %18 = alloca ptr, align 8
  %19 = alloca ptr, align 8
  %20 = alloca ptr, align 8
  %21 = alloca ptr, align 8
  %22 = alloca ptr, align 8
  %23 = alloca ptr, align 8
  %24 = alloca ptr, align 8
  %25 = alloca ptr, align 8
  %26 = alloca ptr, align 8
  %27 = alloca ptr, align 8
  %28 = alloca [7 x [5 x [7 x ptr]]], align 16
  %29 = alloca i32, align 4
  %30 = alloca i32, align 4
  %31 = alloca i32, align 4
  store i8 %0, ptr %6, align 1, !tbaa !15
  store i32 %1, ptr %7, align 4, !tbaa !5
  store i8 %2, ptr %8, align 1, !tbaa !15
  store i32 %3, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 360, ptr %10) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %10, ptr align 16 @__const.func_12.l_1506, i64 360, i1 false)
  call void @llvm.lifetime.start.p0(i64 16, ptr %11) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %11, ptr align 16 @__const.func_12.l_1512, i64 16, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %12) #6
  store i32 -5, ptr %12, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %13) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %14) #6
  store i64 -13, ptr getelementptr inbounds (%struct.S0, ptr @g_414, i32 0, i32 5), align 8, !tbaa !34
  br label %32

32:                                               ; preds = %59, %4
  %33 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_414, i32 0, i32 5), align 8, !tbaa !34
  %34 = icmp ne i64 %33, 43
  br i1 %34, label %35, label %64

35:                                               ; preds = %32
  %36 = load i32, ptr %7, align 4, !tbaa !5
  %37 = load ptr, ptr @g_951, align 8, !tbaa !9
  %38 = load ptr, ptr %37, align 8, !tbaa !9
  %39 = load ptr, ptr %38, align 8, !tbaa !9
  %40 = load ptr, ptr %39, align 8, !tbaa !9
  store i32 %36, ptr %40, align 4, !tbaa !5
  store i16 28, ptr getelementptr inbounds (%struct.S3, ptr @g_1020, i32 0, i32 2), align 2, !tbaa !38
  br label %41

41:                                               ; preds = %53, %35
  %42 = load i16, ptr getelementptr inbounds (%struct.S3, ptr @g_1020, i32 0, i32 2), align 2, !tbaa !38
  %43 = zext i16 %42 to i32
  %44 = icmp sle i32 %43, 7
  br i1 %44, label %45, label %58

45:                                               ; preds = %41
  %46 = call signext i8 @safe_lshift_func_int8_t_s_s(i8 noundef signext 1, i32 noundef 6) #8
  %47 = sext i8 %46 to i32
  %48 = load ptr, ptr @g_787, align 8, !tbaa !9
  store i32 %47, ptr %48, align 4, !tbaa !5
  %49 = getelementptr inbounds [9 x [5 x i64]], ptr %10, i64 0, i64 0
  %50 = getelementptr inbounds [5 x i64], ptr %49, i64 0, i64 1
  %51 = load i64, ptr %50, align 8, !tbaa !13
  %52 = trunc i64 %51 to i16
  store i16 %52, ptr %5, align 2
  store i32 1, ptr %15, align 4
  br label %361

53:                                               ; No predecessors!
  %54 = load i16, ptr getelementptr inbounds (%struct.S3, ptr @g_1020, i32 0, i32 2), align 2, !tbaa !38
  %55 = trunc i16 %54 to i8
  %56 = call signext i8 @safe_sub_func_int8_t_s_s(i8 noundef signext %55, i8 noundef signext 1) #8
  %57 = sext i8 %56 to i16
  store i16 %57, ptr getelementptr inbounds (%struct.S3, ptr @g_1020, i32 0, i32 2), align 2, !tbaa !38
  br label %41, !llvm.loop !67

58:                                               ; preds = %41
  br label %59

59:                                               ; preds = %58
  %60 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_414, i32 0, i32 5), align 8, !tbaa !34
  %61 = trunc i64 %60 to i16
  %62 = call zeroext i16 @safe_add_func_uint16_t_u_u(i16 noundef zeroext %61, i16 noundef zeroext 7) #8
  %63 = zext i16 %62 to i64
  store i64 %63, ptr getelementptr inbounds (%struct.S0, ptr @g_414, i32 0, i32 5), align 8, !tbaa !34
  br label %32, !llvm.loop !68

64:                                               ; preds = %32
  store i32 0, ptr @g_478, align 4, !tbaa !5
  br label %65

65:                                               ; preds = %354, %64
  %66 = load i32, ptr @g_478, align 4, !tbaa !5
  %67 = icmp sgt i32 %66, 0
  br i1 %67, label %68, label %357

68:                                               ; preds = %65
  call void @llvm.lifetime.start.p0(i64 4, ptr %16) #6
  store i32 626362015, ptr %16, align 4, !tbaa !5
  store i16 0, ptr @g_47, align 2, !tbaa !11
  br label %69

69:                                               ; preds = %350, %68
  %70 = load i16, ptr @g_47, align 2, !tbaa !11
  %71 = zext i16 %70 to i32
  %72 = icmp sle i32 %71, 59
  br i1 %72, label %73, label %353

73:                                               ; preds = %69
  call void @llvm.lifetime.start.p0(i64 8, ptr %17) #6
  store ptr @g_839, ptr %17, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %18) #6
  store ptr @g_131, ptr %18, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %19) #6
  store ptr null, ptr %19, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %20) #6
  store ptr @g_847, ptr %20, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %21) #6
  store ptr @g_847, ptr %21, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %22) #6
  store ptr @g_28, ptr %22, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %23) #6
  store ptr @g_847, ptr %23, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %24) #6
  store ptr @g_26, ptr %24, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %25) #6
  %74 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 2
  store ptr %74, ptr %25, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %26) #6
  %75 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %75, ptr %26, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %27) #6
  store ptr @g_847, ptr %27, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 1960, ptr %28) #6
  store ptr @g_478, ptr %28, align 8, !tbaa !9
  %76 = getelementptr inbounds ptr, ptr %28, i64 1
  store ptr @g_28, ptr %76, align 8, !tbaa !9
  %77 = getelementptr inbounds ptr, ptr %28, i64 2
  %78 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %78, ptr %77, align 8, !tbaa !9
  %79 = getelementptr inbounds ptr, ptr %28, i64 3
  store ptr @g_28, ptr %79, align 8, !tbaa !9
  %80 = getelementptr inbounds ptr, ptr %28, i64 4
  store ptr @g_478, ptr %80, align 8, !tbaa !9
  %81 = getelementptr inbounds ptr, ptr %28, i64 5
  %82 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 0
  store ptr %82, ptr %81, align 8, !tbaa !9
  %83 = getelementptr inbounds ptr, ptr %28, i64 6
  %84 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 2
  store ptr %84, ptr %83, align 8, !tbaa !9
  %85 = getelementptr inbounds [7 x ptr], ptr %28, i64 1
  store ptr @g_131, ptr %85, align 8, !tbaa !9
  %86 = getelementptr inbounds ptr, ptr %85, i64 1
  %87 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %87, ptr %86, align 8, !tbaa !9
  %88 = getelementptr inbounds ptr, ptr %85, i64 2
  store ptr @g_28, ptr %88, align 8, !tbaa !9
  %89 = getelementptr inbounds ptr, ptr %85, i64 3
  store ptr @g_839, ptr %89, align 8, !tbaa !9
  %90 = getelementptr inbounds ptr, ptr %85, i64 4
  %91 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %91, ptr %90, align 8, !tbaa !9
  %92 = getelementptr inbounds ptr, ptr %85, i64 5
  store ptr @g_839, ptr %92, align 8, !tbaa !9
  %93 = getelementptr inbounds ptr, ptr %85, i64 6
  store ptr @g_28, ptr %93, align 8, !tbaa !9
  %94 = getelementptr inbounds [7 x ptr], ptr %28, i64 2
  %95 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 2
  store ptr %95, ptr %94, align 8, !tbaa !9
  %96 = getelementptr inbounds ptr, ptr %94, i64 1
  store ptr null, ptr %96, align 8, !tbaa !9
  %97 = getelementptr inbounds ptr, ptr %94, i64 2
  %98 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %98, ptr %97, align 8, !tbaa !9
  %99 = getelementptr inbounds ptr, ptr %94, i64 3
  %100 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %100, ptr %99, align 8, !tbaa !9
  %101 = getelementptr inbounds ptr, ptr %94, i64 4
  store ptr @g_26, ptr %101, align 8, !tbaa !9
  %102 = getelementptr inbounds ptr, ptr %94, i64 5
  %103 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %103, ptr %102, align 8, !tbaa !9
  %104 = getelementptr inbounds ptr, ptr %94, i64 6
  store ptr @g_204, ptr %104, align 8, !tbaa !9
  %105 = getelementptr inbounds [7 x ptr], ptr %28, i64 3
  store ptr @g_131, ptr %105, align 8, !tbaa !9
  %106 = getelementptr inbounds ptr, ptr %105, i64 1
  store ptr @g_839, ptr %106, align 8, !tbaa !9
  %107 = getelementptr inbounds ptr, ptr %105, i64 2
  %108 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %108, ptr %107, align 8, !tbaa !9
  %109 = getelementptr inbounds ptr, ptr %105, i64 3
  %110 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %110, ptr %109, align 8, !tbaa !9
  %111 = getelementptr inbounds ptr, ptr %105, i64 4
  store ptr @g_839, ptr %111, align 8, !tbaa !9
  %112 = getelementptr inbounds ptr, ptr %105, i64 5
  store ptr @g_131, ptr %112, align 8, !tbaa !9
  %113 = getelementptr inbounds ptr, ptr %105, i64 6
  %114 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %114, ptr %113, align 8, !tbaa !9
  %115 = getelementptr inbounds [7 x ptr], ptr %28, i64 4
  store ptr @g_478, ptr %115, align 8, !tbaa !9
  %116 = getelementptr inbounds ptr, ptr %115, i64 1
  store ptr null, ptr %116, align 8, !tbaa !9
  %117 = getelementptr inbounds ptr, ptr %115, i64 2
  store ptr @g_478, ptr %117, align 8, !tbaa !9
  %118 = getelementptr inbounds ptr, ptr %115, i64 3
  store ptr @g_131, ptr %118, align 8, !tbaa !9
  %119 = getelementptr inbounds ptr, ptr %115, i64 4
  store ptr @g_26, ptr %119, align 8, !tbaa !9
  %120 = getelementptr inbounds ptr, ptr %115, i64 5
  store ptr @g_204, ptr %120, align 8, !tbaa !9
  %121 = getelementptr inbounds ptr, ptr %115, i64 6
  %122 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 0
  store ptr %122, ptr %121, align 8, !tbaa !9
  %123 = getelementptr inbounds [5 x [7 x ptr]], ptr %28, i64 1
  store ptr @g_839, ptr %123, align 8, !tbaa !9
  %124 = getelementptr inbounds ptr, ptr %123, i64 1
  store ptr @g_28, ptr %124, align 8, !tbaa !9
  %125 = getelementptr inbounds ptr, ptr %123, i64 2
  store ptr @g_839, ptr %125, align 8, !tbaa !9
  %126 = getelementptr inbounds ptr, ptr %123, i64 3
  store ptr @g_26, ptr %126, align 8, !tbaa !9
  %127 = getelementptr inbounds ptr, ptr %123, i64 4
  %128 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %128, ptr %127, align 8, !tbaa !9
  %129 = getelementptr inbounds ptr, ptr %123, i64 5
  store ptr @g_478, ptr %129, align 8, !tbaa !9
  %130 = getelementptr inbounds ptr, ptr %123, i64 6
  store ptr @g_131, ptr %130, align 8, !tbaa !9
  %131 = getelementptr inbounds [7 x ptr], ptr %123, i64 1
  store ptr @g_478, ptr %131, align 8, !tbaa !9
  %132 = getelementptr inbounds ptr, ptr %131, i64 1
  store ptr null, ptr %132, align 8, !tbaa !9
  %133 = getelementptr inbounds ptr, ptr %131, i64 2
  store ptr @g_478, ptr %133, align 8, !tbaa !9
  %134 = getelementptr inbounds ptr, ptr %131, i64 3
  %135 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %135, ptr %134, align 8, !tbaa !9
  %136 = getelementptr inbounds ptr, ptr %131, i64 4
  store ptr @g_478, ptr %136, align 8, !tbaa !9
  %137 = getelementptr inbounds ptr, ptr %131, i64 5
  store ptr null, ptr %137, align 8, !tbaa !9
  %138 = getelementptr inbounds ptr, ptr %131, i64 6
  store ptr @g_478, ptr %138, align 8, !tbaa !9
  %139 = getelementptr inbounds [7 x ptr], ptr %123, i64 2
  %140 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %140, ptr %139, align 8, !tbaa !9
  %141 = getelementptr inbounds ptr, ptr %139, i64 1
  store ptr @g_839, ptr %141, align 8, !tbaa !9
  %142 = getelementptr inbounds ptr, ptr %139, i64 2
  store ptr @g_131, ptr %142, align 8, !tbaa !9
  %143 = getelementptr inbounds ptr, ptr %139, i64 3
  %144 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %144, ptr %143, align 8, !tbaa !9
  %145 = getelementptr inbounds ptr, ptr %139, i64 4
  store ptr @g_847, ptr %145, align 8, !tbaa !9
  %146 = getelementptr inbounds ptr, ptr %139, i64 5
  store ptr @g_478, ptr %146, align 8, !tbaa !9
  %147 = getelementptr inbounds ptr, ptr %139, i64 6
  store ptr @g_847, ptr %147, align 8, !tbaa !9
  %148 = getelementptr inbounds [7 x ptr], ptr %123, i64 3
  %149 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %149, ptr %148, align 8, !tbaa !9
  %150 = getelementptr inbounds ptr, ptr %148, i64 1
  store ptr null, ptr %150, align 8, !tbaa !9
  %151 = getelementptr inbounds ptr, ptr %148, i64 2
  %152 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 2
  store ptr %152, ptr %151, align 8, !tbaa !9
  %153 = getelementptr inbounds ptr, ptr %148, i64 3
  store ptr null, ptr %153, align 8, !tbaa !9
  %154 = getelementptr inbounds ptr, ptr %148, i64 4
  %155 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %155, ptr %154, align 8, !tbaa !9
  %156 = getelementptr inbounds ptr, ptr %148, i64 5
  store ptr @g_204, ptr %156, align 8, !tbaa !9
  %157 = getelementptr inbounds ptr, ptr %148, i64 6
  store ptr @g_131, ptr %157, align 8, !tbaa !9
  %158 = getelementptr inbounds [7 x ptr], ptr %123, i64 4
  store ptr @g_28, ptr %158, align 8, !tbaa !9
  %159 = getelementptr inbounds ptr, ptr %158, i64 1
  %160 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %160, ptr %159, align 8, !tbaa !9
  %161 = getelementptr inbounds ptr, ptr %158, i64 2
  store ptr @g_131, ptr %161, align 8, !tbaa !9
  %162 = getelementptr inbounds ptr, ptr %158, i64 3
  store ptr @g_839, ptr %162, align 8, !tbaa !9
  %163 = getelementptr inbounds ptr, ptr %158, i64 4
  store ptr @g_839, ptr %163, align 8, !tbaa !9
  %164 = getelementptr inbounds ptr, ptr %158, i64 5
  store ptr @g_131, ptr %164, align 8, !tbaa !9
  %165 = getelementptr inbounds ptr, ptr %158, i64 6
  %166 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %166, ptr %165, align 8, !tbaa !9
  %167 = getelementptr inbounds [5 x [7 x ptr]], ptr %28, i64 2
  %168 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %168, ptr %167, align 8, !tbaa !9
  %169 = getelementptr inbounds ptr, ptr %167, i64 1
  store ptr @g_28, ptr %169, align 8, !tbaa !9
  %170 = getelementptr inbounds ptr, ptr %167, i64 2
  store ptr @g_478, ptr %170, align 8, !tbaa !9
  %171 = getelementptr inbounds ptr, ptr %167, i64 3
  %172 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 0
  store ptr %172, ptr %171, align 8, !tbaa !9
  %173 = getelementptr inbounds ptr, ptr %167, i64 4
  %174 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 2
  store ptr %174, ptr %173, align 8, !tbaa !9
  %175 = getelementptr inbounds ptr, ptr %167, i64 5
  %176 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %176, ptr %175, align 8, !tbaa !9
  %177 = getelementptr inbounds ptr, ptr %167, i64 6
  store ptr @g_131, ptr %177, align 8, !tbaa !9
  %178 = getelementptr inbounds [7 x ptr], ptr %167, i64 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %178, ptr align 8 @constinit, i64 56, i1 false), !tbaa.struct !69
  %179 = getelementptr inbounds [7 x ptr], ptr %167, i64 2
  store ptr @g_204, ptr %179, align 8, !tbaa !9
  %180 = getelementptr inbounds ptr, ptr %179, i64 1
  store ptr @g_204, ptr %180, align 8, !tbaa !9
  %181 = getelementptr inbounds ptr, ptr %179, i64 2
  store ptr @g_478, ptr %181, align 8, !tbaa !9
  %182 = getelementptr inbounds ptr, ptr %179, i64 3
  %183 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 0
  store ptr %183, ptr %182, align 8, !tbaa !9
  %184 = getelementptr inbounds ptr, ptr %179, i64 4
  %185 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 0
  store ptr %185, ptr %184, align 8, !tbaa !9
  %186 = getelementptr inbounds ptr, ptr %179, i64 5
  %187 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 0
  store ptr %187, ptr %186, align 8, !tbaa !9
  %188 = getelementptr inbounds ptr, ptr %179, i64 6
  store ptr @g_478, ptr %188, align 8, !tbaa !9
  %189 = getelementptr inbounds [7 x ptr], ptr %167, i64 3
  store ptr @g_847, ptr %189, align 8, !tbaa !9
  %190 = getelementptr inbounds ptr, ptr %189, i64 1
  store ptr @g_847, ptr %190, align 8, !tbaa !9
  %191 = getelementptr inbounds ptr, ptr %189, i64 2
  %192 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %192, ptr %191, align 8, !tbaa !9
  %193 = getelementptr inbounds ptr, ptr %189, i64 3
  store ptr @g_839, ptr %193, align 8, !tbaa !9
  %194 = getelementptr inbounds ptr, ptr %189, i64 4
  %195 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %195, ptr %194, align 8, !tbaa !9
  %196 = getelementptr inbounds ptr, ptr %189, i64 5
  store ptr @g_26, ptr %196, align 8, !tbaa !9
  %197 = getelementptr inbounds ptr, ptr %189, i64 6
  store ptr @g_131, ptr %197, align 8, !tbaa !9
  %198 = getelementptr inbounds [7 x ptr], ptr %167, i64 4
  store ptr @g_204, ptr %198, align 8, !tbaa !9
  %199 = getelementptr inbounds ptr, ptr %198, i64 1
  store ptr null, ptr %199, align 8, !tbaa !9
  %200 = getelementptr inbounds ptr, ptr %198, i64 2
  %201 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 2
  store ptr %201, ptr %200, align 8, !tbaa !9
  %202 = getelementptr inbounds ptr, ptr %198, i64 3
  store ptr null, ptr %202, align 8, !tbaa !9
  %203 = getelementptr inbounds ptr, ptr %198, i64 4
  %204 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %204, ptr %203, align 8, !tbaa !9
  %205 = getelementptr inbounds ptr, ptr %198, i64 5
  %206 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %206, ptr %205, align 8, !tbaa !9
  %207 = getelementptr inbounds ptr, ptr %198, i64 6
  store ptr @g_26, ptr %207, align 8, !tbaa !9
  %208 = getelementptr inbounds [5 x [7 x ptr]], ptr %28, i64 3
  store ptr @g_131, ptr %208, align 8, !tbaa !9
  %209 = getelementptr inbounds ptr, ptr %208, i64 1
  store ptr @g_847, ptr %209, align 8, !tbaa !9
  %210 = getelementptr inbounds ptr, ptr %208, i64 2
  store ptr @g_28, ptr %210, align 8, !tbaa !9
  %211 = getelementptr inbounds ptr, ptr %208, i64 3
  %212 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %212, ptr %211, align 8, !tbaa !9
  %213 = getelementptr inbounds ptr, ptr %208, i64 4
  store ptr @g_478, ptr %213, align 8, !tbaa !9
  %214 = getelementptr inbounds ptr, ptr %208, i64 5
  store ptr @g_478, ptr %214, align 8, !tbaa !9
  %215 = getelementptr inbounds ptr, ptr %208, i64 6
  %216 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %216, ptr %215, align 8, !tbaa !9
  %217 = getelementptr inbounds [7 x ptr], ptr %208, i64 1
  store ptr @g_478, ptr %217, align 8, !tbaa !9
  %218 = getelementptr inbounds ptr, ptr %217, i64 1
  store ptr @g_131, ptr %218, align 8, !tbaa !9
  %219 = getelementptr inbounds ptr, ptr %217, i64 2
  store ptr @g_478, ptr %219, align 8, !tbaa !9
  %220 = getelementptr inbounds ptr, ptr %217, i64 3
  store ptr @g_28, ptr %220, align 8, !tbaa !9
  %221 = getelementptr inbounds ptr, ptr %217, i64 4
  store ptr @g_26, ptr %221, align 8, !tbaa !9
  %222 = getelementptr inbounds ptr, ptr %217, i64 5
  store ptr null, ptr %222, align 8, !tbaa !9
  %223 = getelementptr inbounds ptr, ptr %217, i64 6
  %224 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %224, ptr %223, align 8, !tbaa !9
  %225 = getelementptr inbounds [7 x ptr], ptr %208, i64 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %225, ptr align 8 @constinit.411, i64 56, i1 false), !tbaa.struct !69
  %226 = getelementptr inbounds [7 x ptr], ptr %208, i64 3
  %227 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 2
  store ptr %227, ptr %226, align 8, !tbaa !9
  %228 = getelementptr inbounds ptr, ptr %226, i64 1
  store ptr null, ptr %228, align 8, !tbaa !9
  %229 = getelementptr inbounds ptr, ptr %226, i64 2
  %230 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %230, ptr %229, align 8, !tbaa !9
  %231 = getelementptr inbounds ptr, ptr %226, i64 3
  store ptr @g_204, ptr %231, align 8, !tbaa !9
  %232 = getelementptr inbounds ptr, ptr %226, i64 4
  store ptr @g_131, ptr %232, align 8, !tbaa !9
  %233 = getelementptr inbounds ptr, ptr %226, i64 5
  store ptr null, ptr %233, align 8, !tbaa !9
  %234 = getelementptr inbounds ptr, ptr %226, i64 6
  store ptr @g_131, ptr %234, align 8, !tbaa !9
  %235 = getelementptr inbounds [7 x ptr], ptr %208, i64 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %235, ptr align 8 @constinit.412, i64 56, i1 false), !tbaa.struct !69
  %236 = getelementptr inbounds [5 x [7 x ptr]], ptr %28, i64 4
  store ptr null, ptr %236, align 8, !tbaa !9
  %237 = getelementptr inbounds ptr, ptr %236, i64 1
  store ptr @g_28, ptr %237, align 8, !tbaa !9
  %238 = getelementptr inbounds ptr, ptr %236, i64 2
  %239 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %239, ptr %238, align 8, !tbaa !9
  %240 = getelementptr inbounds ptr, ptr %236, i64 3
  %241 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 0
  store ptr %241, ptr %240, align 8, !tbaa !9
  %242 = getelementptr inbounds ptr, ptr %236, i64 4
  store ptr @g_478, ptr %242, align 8, !tbaa !9
  %243 = getelementptr inbounds ptr, ptr %236, i64 5
  %244 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %244, ptr %243, align 8, !tbaa !9
  %245 = getelementptr inbounds ptr, ptr %236, i64 6
  store ptr @g_478, ptr %245, align 8, !tbaa !9
  %246 = getelementptr inbounds [7 x ptr], ptr %236, i64 1
  store ptr @g_839, ptr %246, align 8, !tbaa !9
  %247 = getelementptr inbounds ptr, ptr %246, i64 1
  store ptr @g_28, ptr %247, align 8, !tbaa !9
  %248 = getelementptr inbounds ptr, ptr %246, i64 2
  store ptr @g_131, ptr %248, align 8, !tbaa !9
  %249 = getelementptr inbounds ptr, ptr %246, i64 3
  %250 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %250, ptr %249, align 8, !tbaa !9
  %251 = getelementptr inbounds ptr, ptr %246, i64 4
  store ptr @g_26, ptr %251, align 8, !tbaa !9
  %252 = getelementptr inbounds ptr, ptr %246, i64 5
  store ptr @g_28, ptr %252, align 8, !tbaa !9
  %253 = getelementptr inbounds ptr, ptr %246, i64 6
  store ptr @g_28, ptr %253, align 8, !tbaa !9
  %254 = getelementptr inbounds [7 x ptr], ptr %236, i64 2
  store ptr @g_204, ptr %254, align 8, !tbaa !9
  %255 = getelementptr inbounds ptr, ptr %254, i64 1
  %256 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %256, ptr %255, align 8, !tbaa !9
  %257 = getelementptr inbounds ptr, ptr %254, i64 2
  store ptr @g_478, ptr %257, align 8, !tbaa !9
  %258 = getelementptr inbounds ptr, ptr %254, i64 3
  %259 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %259, ptr %258, align 8, !tbaa !9
  %260 = getelementptr inbounds ptr, ptr %254, i64 4
  store ptr @g_204, ptr %260, align 8, !tbaa !9
  %261 = getelementptr inbounds ptr, ptr %254, i64 5
  store ptr null, ptr %261, align 8, !tbaa !9
  %262 = getelementptr inbounds ptr, ptr %254, i64 6
  store ptr @g_131, ptr %262, align 8, !tbaa !9
  %263 = getelementptr inbounds [7 x ptr], ptr %236, i64 3
  store ptr @g_839, ptr %263, align 8, !tbaa !9
  %264 = getelementptr inbounds ptr, ptr %263, i64 1
  store ptr @g_478, ptr %264, align 8, !tbaa !9
  %265 = getelementptr inbounds ptr, ptr %263, i64 2
  store ptr @g_28, ptr %265, align 8, !tbaa !9
  %266 = getelementptr inbounds ptr, ptr %263, i64 3
  %267 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %267, ptr %266, align 8, !tbaa !9
  %268 = getelementptr inbounds ptr, ptr %263, i64 4
  %269 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %269, ptr %268, align 8, !tbaa !9
  %270 = getelementptr inbounds ptr, ptr %263, i64 5
  %271 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %271, ptr %270, align 8, !tbaa !9
  %272 = getelementptr inbounds ptr, ptr %263, i64 6
  store ptr @g_28, ptr %272, align 8, !tbaa !9
  %273 = getelementptr inbounds [7 x ptr], ptr %236, i64 4
  store ptr @g_131, ptr %273, align 8, !tbaa !9
  %274 = getelementptr inbounds ptr, ptr %273, i64 1
  %275 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %275, ptr %274, align 8, !tbaa !9
  %276 = getelementptr inbounds ptr, ptr %273, i64 2
  %277 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 2
  store ptr %277, ptr %276, align 8, !tbaa !9
  %278 = getelementptr inbounds ptr, ptr %273, i64 3
  %279 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 0
  store ptr %279, ptr %278, align 8, !tbaa !9
  %280 = getelementptr inbounds ptr, ptr %273, i64 4
  store ptr @g_478, ptr %280, align 8, !tbaa !9
  %281 = getelementptr inbounds ptr, ptr %273, i64 5
  store ptr @g_28, ptr %281, align 8, !tbaa !9
  %282 = getelementptr inbounds ptr, ptr %273, i64 6
  %283 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %283, ptr %282, align 8, !tbaa !9
  %284 = getelementptr inbounds [5 x [7 x ptr]], ptr %28, i64 5
  store ptr @g_839, ptr %284, align 8, !tbaa !9
  %285 = getelementptr inbounds ptr, ptr %284, i64 1
  %286 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %286, ptr %285, align 8, !tbaa !9
  %287 = getelementptr inbounds ptr, ptr %284, i64 2
  store ptr @g_847, ptr %287, align 8, !tbaa !9
  %288 = getelementptr inbounds ptr, ptr %284, i64 3
  store ptr @g_847, ptr %288, align 8, !tbaa !9
  %289 = getelementptr inbounds ptr, ptr %284, i64 4
  %290 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %290, ptr %289, align 8, !tbaa !9
  %291 = getelementptr inbounds ptr, ptr %284, i64 5
  store ptr @g_839, ptr %291, align 8, !tbaa !9
  %292 = getelementptr inbounds ptr, ptr %284, i64 6
  %293 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %293, ptr %292, align 8, !tbaa !9
  %294 = getelementptr inbounds [7 x ptr], ptr %284, i64 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %294, ptr align 8 @constinit.413, i64 56, i1 false), !tbaa.struct !69
  %295 = getelementptr inbounds [7 x ptr], ptr %284, i64 2
  store ptr @g_839, ptr %295, align 8, !tbaa !9
  %296 = getelementptr inbounds ptr, ptr %295, i64 1
  %297 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %297, ptr %296, align 8, !tbaa !9
  %298 = getelementptr inbounds ptr, ptr %295, i64 2
  store ptr @g_839, ptr %298, align 8, !tbaa !9
  %299 = getelementptr inbounds ptr, ptr %295, i64 3
  store ptr @g_28, ptr %299, align 8, !tbaa !9
  %300 = getelementptr inbounds ptr, ptr %295, i64 4
  %301 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %301, ptr %300, align 8, !tbaa !9
  %302 = getelementptr inbounds ptr, ptr %295, i64 5
  store ptr @g_131, ptr %302, align 8, !tbaa !9
  %303 = getelementptr inbounds ptr, ptr %295, i64 6
  store ptr @g_839, ptr %303, align 8, !tbaa !9
  %304 = getelementptr inbounds [7 x ptr], ptr %284, i64 3
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %304, ptr align 8 @constinit.414, i64 56, i1 false), !tbaa.struct !69
  %305 = getelementptr inbounds [7 x ptr], ptr %284, i64 4
  store ptr @g_847, ptr %305, align 8, !tbaa !9
  %306 = getelementptr inbounds ptr, ptr %305, i64 1
  %307 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %307, ptr %306, align 8, !tbaa !9
  %308 = getelementptr inbounds ptr, ptr %305, i64 2
  store ptr @g_839, ptr %308, align 8, !tbaa !9
  %309 = getelementptr inbounds ptr, ptr %305, i64 3
  %310 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %310, ptr %309, align 8, !tbaa !9
  %311 = getelementptr inbounds ptr, ptr %305, i64 4
  store ptr @g_26, ptr %311, align 8, !tbaa !9
  %312 = getelementptr inbounds ptr, ptr %305, i64 5
  store ptr @g_131, ptr %312, align 8, !tbaa !9
  %313 = getelementptr inbounds ptr, ptr %305, i64 6
  store ptr @g_26, ptr %313, align 8, !tbaa !9
  %314 = getelementptr inbounds [5 x [7 x ptr]], ptr %28, i64 6
  %315 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 2
  store ptr %315, ptr %314, align 8, !tbaa !9
  %316 = getelementptr inbounds ptr, ptr %314, i64 1
  %317 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %317, ptr %316, align 8, !tbaa !9
  %318 = getelementptr inbounds ptr, ptr %314, i64 2
  store ptr @g_131, ptr %318, align 8, !tbaa !9
  %319 = getelementptr inbounds ptr, ptr %314, i64 3
  store ptr null, ptr %319, align 8, !tbaa !9
  %320 = getelementptr inbounds ptr, ptr %314, i64 4
  store ptr @g_478, ptr %320, align 8, !tbaa !9
  %321 = getelementptr inbounds ptr, ptr %314, i64 5
  store ptr @g_28, ptr %321, align 8, !tbaa !9
  %322 = getelementptr inbounds ptr, ptr %314, i64 6
  store ptr @g_478, ptr %322, align 8, !tbaa !9
  %323 = getelementptr inbounds [7 x ptr], ptr %314, i64 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %323, ptr align 8 @constinit.415, i64 56, i1 false), !tbaa.struct !69
  %324 = getelementptr inbounds [7 x ptr], ptr %314, i64 2
  store ptr @g_478, ptr %324, align 8, !tbaa !9
  %325 = getelementptr inbounds ptr, ptr %324, i64 1
  %326 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %326, ptr %325, align 8, !tbaa !9
  %327 = getelementptr inbounds ptr, ptr %324, i64 2
  store ptr @g_204, ptr %327, align 8, !tbaa !9
  %328 = getelementptr inbounds ptr, ptr %324, i64 3
  store ptr null, ptr %328, align 8, !tbaa !9
  %329 = getelementptr inbounds ptr, ptr %324, i64 4
  store ptr @g_131, ptr %329, align 8, !tbaa !9
  %330 = getelementptr inbounds ptr, ptr %324, i64 5
  store ptr @g_28, ptr %330, align 8, !tbaa !9
  %331 = getelementptr inbounds ptr, ptr %324, i64 6
  store ptr @g_478, ptr %331, align 8, !tbaa !9
  %332 = getelementptr inbounds [7 x ptr], ptr %314, i64 3
  store ptr @g_131, ptr %332, align 8, !tbaa !9
  %333 = getelementptr inbounds ptr, ptr %332, i64 1
  store ptr @g_28, ptr %333, align 8, !tbaa !9
  %334 = getelementptr inbounds ptr, ptr %332, i64 2
  store ptr @g_839, ptr %334, align 8, !tbaa !9
  %335 = getelementptr inbounds ptr, ptr %332, i64 3
  store ptr @g_28, ptr %335, align 8, !tbaa !9
  %336 = getelementptr inbounds ptr, ptr %332, i64 4
  store ptr @g_131, ptr %336, align 8, !tbaa !9
  %337 = getelementptr inbounds ptr, ptr %332, i64 5
  %338 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  store ptr %338, ptr %337, align 8, !tbaa !9
  %339 = getelementptr inbounds ptr, ptr %332, i64 6
  store ptr @g_26, ptr %339, align 8, !tbaa !9
  %340 = getelementptr inbounds [7 x ptr], ptr %314, i64 4
  %341 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 3
  store ptr %341, ptr %340, align 8, !tbaa !9
  %342 = getelementptr inbounds ptr, ptr %340, i64 1
  store ptr @g_28, ptr %342, align 8, !tbaa !9
  %343 = getelementptr inbounds ptr, ptr %340, i64 2
  store ptr null, ptr %343, align 8, !tbaa !9
  %344 = getelementptr inbounds ptr, ptr %340, i64 3
  store ptr null, ptr %344, align 8, !tbaa !9
  %345 = getelementptr inbounds ptr, ptr %340, i64 4
  store ptr @g_26, ptr %345, align 8, !tbaa !9
  %346 = getelementptr inbounds ptr, ptr %340, i64 5
  store ptr null, ptr %346, align 8, !tbaa !9
  %347 = getelementptr inbounds ptr, ptr %340, i64 6
  store ptr null, ptr %347, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %29) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %30) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %31) #6
  %348 = load i32, ptr %16, align 4, !tbaa !5
  %349 = add i32 %348, -1
  store i32 %349, ptr %16, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 4, ptr %31) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %30) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %29) #6
  call void @llvm.lifetime.end.p0(i64 1960, ptr %28) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %27) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %26) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %25) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %24) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %23) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %22) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %21) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %20) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %19) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %18) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %17) #6
  br label %350

350:                                              ; preds = %73
  %351 = load i16, ptr @g_47, align 2, !tbaa !11
  %352 = add i16 %351, 1
  store i16 %352, ptr @g_47, align 2, !tbaa !11
  br label %69, !llvm.loop !70

353:                                              ; preds = %69
  call void @llvm.lifetime.end.p0(i64 4, ptr %16) #6
  br label %354

354:                                              ; preds = %353
  %355 = load i32, ptr @g_478, align 4, !tbaa !5
  %356 = add nsw i32 %355, 1
  store i32 %356, ptr @g_478, align 4, !tbaa !5
  br label %65, !llvm.loop !71

357:                                              ; preds = %65
  %358 = getelementptr inbounds [4 x i32], ptr %11, i64 0, i64 1
  %359 = load i32, ptr %358, align 4, !tbaa !5
  %360 = trunc i32 %359 to i16
  store i16 %360, ptr %5, align 2
  store i32 1, ptr %15, align 4
  br label %361

361:                                              ; preds = %357, %45
  call void @llvm.lifetime.end.p0(i64 4, ptr %14) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %13) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %12) #6
  call void @llvm.lifetime.end.p0(i64 16, ptr %11) #6
  call void @llvm.lifetime.end.p0(i64 360, ptr %10) #6
  %362 = load i16, ptr %5, align 2
  ret i16 %362
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i16 %1, ptr %4, align 2, !tbaa !11
  %5 = load i16, ptr %3, align 2, !tbaa !11
  %6 = sext i16 %5 to i32
  %7 = load i16, ptr %4, align 2, !tbaa !11
  %8 = sext i16 %7 to i32
  %9 = sub nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i16 @func_20(i32 noundef %0, i32 noundef %1, i32 noundef %2, i8 noundef zeroext %3) #0 {
  %5 = alloca i16, align 2
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i8, align 1
  %10 = alloca ptr, align 8
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  %15 = alloca i32, align 4
  %16 = alloca [3 x ptr], align 16
  %17 = alloca i8, align 1
  %18 = alloca [7 x [3 x [8 x i32]]], align 16
  %19 = alloca i32, align 4
  %20 = alloca i64, align 8
  %21 = alloca i32, align 4
  %22 = alloca [3 x [6 x i8]], align 16
  %23 = alloca i16, align 2
  %24 = alloca [9 x [6 x i8]], align 16
  %25 = alloca [7 x [9 x i64]], align 16
  %26 = alloca i64, align 8
  %27 = alloca ptr, align 8
  %28 = alloca i16, align 2
  %29 = alloca i8, align 1
  %30 = alloca %struct.S1, align 1
  %31 = alloca [7 x [1 x i8]], align 1
  %32 = alloca [10 x [4 x i16]], align 16
  %33 = alloca i32, align 4
  %34 = alloca i32, align 4
  %35 = alloca i32, align 4
  %36 = alloca i32, align 4
  %37 = alloca ptr, align 8
  %38 = alloca i32, align 4
  %39 = alloca ptr, align 8
  %40 = alloca i32, align 4
  %41 = alloca i32, align 4
  %42 = alloca i32, align 4
  %43 = alloca [4 x [6 x ptr]], align 16
  %44 = alloca ptr, align 8
  %45 = alloca [7 x [5 x i64]], align 16
  %46 = alloca ptr, align 8
  %47 = alloca i32, align 4
  %48 = alloca [8 x ptr], align 16
  %49 = alloca ptr, align 8
  %50 = alloca i64, align 8
  %51 = alloca i32, align 4
  %52 = alloca [1 x i32], align 4
  %53 = alloca i16, align 2
  %54 = alloca i32, align 4
  %55 = alloca i32, align 4
  %56 = alloca i32, align 4
  %57 = alloca i32, align 4
  store i32 %0, ptr %6, align 4, !tbaa !5
  store i32 %1, ptr %7, align 4, !tbaa !5
  store i32 %2, ptr %8, align 4, !tbaa !5
  store i8 %3, ptr %9, align 1, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr %10) #6
  store ptr @g_131, ptr %10, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %11) #6
  store ptr @g_131, ptr %11, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %12) #6
  store ptr @g_28, ptr %12, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %13) #6
  store ptr @g_478, ptr %13, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %14) #6
  store ptr null, ptr %14, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %15) #6
  store i32 2, ptr %15, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 24, ptr %16) #6
  call void @llvm.lifetime.start.p0(i64 1, ptr %17) #6
  store i8 0, ptr %17, align 1, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 672, ptr %18) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %18, ptr align 16 @__const.func_20.l_1129, i64 672, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %19) #6
  store i32 933175985, ptr %19, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %20) #6
  store i64 -3327940638086803855, ptr %20, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 4, ptr %21) #6
  store i32 1335162657, ptr %21, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 18, ptr %22) #6
  call void @llvm.memset.p0.i64(ptr align 16 %22, i8 0, i64 18, i1 false)
  call void @llvm.lifetime.start.p0(i64 2, ptr %23) #6
  store i16 0, ptr %23, align 2, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 54, ptr %24) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %24, ptr align 16 @__const.func_20.l_1191, i64 54, i1 false)
  call void @llvm.lifetime.start.p0(i64 504, ptr %25) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %25, ptr align 16 @__const.func_20.l_1264, i64 504, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %26) #6
  store i64 -1, ptr %26, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 8, ptr %27) #6
  store ptr null, ptr %27, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 2, ptr %28) #6
  store i16 -1, ptr %28, align 2, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 1, ptr %29) #6
  store i8 -2, ptr %29, align 1, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 8, ptr %30) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %30, ptr align 1 @__const.func_20.l_1376, i64 8, i1 false)
  call void @llvm.lifetime.start.p0(i64 7, ptr %31) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %31, ptr align 1 @__const.func_20.l_1458, i64 7, i1 false)
  call void @llvm.lifetime.start.p0(i64 80, ptr %32) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %32, ptr align 16 @__const.func_20.l_1478, i64 80, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %33) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %34) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %35) #6
  store i32 0, ptr %33, align 4, !tbaa !5
  br label %58

58:                                               ; preds = %65, %4
  %59 = load i32, ptr %33, align 4, !tbaa !5
  %60 = icmp slt i32 %59, 3
  br i1 %60, label %61, label %68

61:                                               ; preds = %58
  %62 = load i32, ptr %33, align 4, !tbaa !5
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds [3 x ptr], ptr %16, i64 0, i64 %63
  store ptr @g_28, ptr %64, align 8, !tbaa !9
  br label %65

65:                                               ; preds = %61
  %66 = load i32, ptr %33, align 4, !tbaa !5
  %67 = add nsw i32 %66, 1
  store i32 %67, ptr %33, align 4, !tbaa !5
  br label %58, !llvm.loop !72

68:                                               ; preds = %58
  %69 = load i32, ptr %21, align 4, !tbaa !5
  %70 = add i32 %69, 1
  store i32 %70, ptr %21, align 4, !tbaa !5
  store i64 0, ptr getelementptr inbounds (%struct.S0, ptr @g_921, i32 0, i32 5), align 8, !tbaa !26
  br label %71

71:                                               ; preds = %111, %68
  %72 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_921, i32 0, i32 5), align 8, !tbaa !26
  %73 = icmp ule i64 %72, 1
  br i1 %73, label %74, label %114

74:                                               ; preds = %71
  call void @llvm.lifetime.start.p0(i64 4, ptr %36) #6
  store i32 -8, ptr %36, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %37) #6
  store ptr %21, ptr %37, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %38) #6
  store i32 -1, ptr %38, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %39) #6
  store ptr @g_479, ptr %39, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %40) #6
  store i32 1, ptr %40, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %41) #6
  store i32 -5, ptr %41, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %42) #6
  store i32 -2133930182, ptr %42, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 192, ptr %43) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %43, ptr align 16 @__const.func_20.l_1170, i64 192, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %44) #6
  %75 = getelementptr inbounds [4 x [6 x ptr]], ptr %43, i64 0, i64 3
  %76 = getelementptr inbounds [6 x ptr], ptr %75, i64 0, i64 3
  store ptr %76, ptr %44, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 280, ptr %45) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %45, ptr align 16 @__const.func_20.l_1195, i64 280, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %46) #6
  store ptr null, ptr %46, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %47) #6
  store i32 1, ptr %47, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 64, ptr %48) #6
  store ptr null, ptr %48, align 8, !tbaa !9
  %77 = getelementptr inbounds ptr, ptr %48, i64 1
  store ptr %17, ptr %77, align 8, !tbaa !9
  %78 = getelementptr inbounds ptr, ptr %48, i64 2
  store ptr null, ptr %78, align 8, !tbaa !9
  %79 = getelementptr inbounds ptr, ptr %48, i64 3
  store ptr %17, ptr %79, align 8, !tbaa !9
  %80 = getelementptr inbounds ptr, ptr %48, i64 4
  store ptr null, ptr %80, align 8, !tbaa !9
  %81 = getelementptr inbounds ptr, ptr %48, i64 5
  store ptr %17, ptr %81, align 8, !tbaa !9
  %82 = getelementptr inbounds ptr, ptr %48, i64 6
  store ptr null, ptr %82, align 8, !tbaa !9
  %83 = getelementptr inbounds ptr, ptr %48, i64 7
  store ptr %17, ptr %83, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %49) #6
  %84 = getelementptr inbounds [8 x ptr], ptr %48, i64 0, i64 1
  store ptr %84, ptr %49, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %50) #6
  store i64 8640772695382204982, ptr %50, align 8, !tbaa !13
  call void @llvm.lifetime.start.p0(i64 4, ptr %51) #6
  store i32 -613780374, ptr %51, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %52) #6
  call void @llvm.lifetime.start.p0(i64 2, ptr %53) #6
  store i16 -9814, ptr %53, align 2, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 4, ptr %54) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %55) #6
  store i32 0, ptr %54, align 4, !tbaa !5
  br label %85

85:                                               ; preds = %92, %74
  %86 = load i32, ptr %54, align 4, !tbaa !5
  %87 = icmp slt i32 %86, 1
  br i1 %87, label %88, label %95

88:                                               ; preds = %85
  %89 = load i32, ptr %54, align 4, !tbaa !5
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds [1 x i32], ptr %52, i64 0, i64 %90
  store i32 9, ptr %91, align 4, !tbaa !5
  br label %92

92:                                               ; preds = %88
  %93 = load i32, ptr %54, align 4, !tbaa !5
  %94 = add nsw i32 %93, 1
  store i32 %94, ptr %54, align 4, !tbaa !5
  br label %85, !llvm.loop !73

95:                                               ; preds = %85
  store i64 3, ptr %20, align 8, !tbaa !13
  br label %96

96:                                               ; preds = %104, %95
  %97 = load i64, ptr %20, align 8, !tbaa !13
  %98 = icmp sge i64 %97, 0
  br i1 %98, label %99, label %107

99:                                               ; preds = %96
  call void @llvm.lifetime.start.p0(i64 4, ptr %56) #6
  %100 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_921, i32 0, i32 5), align 8, !tbaa !26
  %101 = getelementptr inbounds [2 x i32], ptr @g_526, i64 0, i64 %100
  %102 = load i32, ptr %101, align 4, !tbaa !5
  %103 = trunc i32 %102 to i16
  store i16 %103, ptr %5, align 2
  store i32 1, ptr %57, align 4
  call void @llvm.lifetime.end.p0(i64 4, ptr %56) #6
  br label %108

104:                                              ; No predecessors!
  %105 = load i64, ptr %20, align 8, !tbaa !13
  %106 = sub nsw i64 %105, 1
  store i64 %106, ptr %20, align 8, !tbaa !13
  br label %96, !llvm.loop !74

107:                                              ; preds = %96
  store i32 0, ptr %57, align 4
  br label %108

108:                                              ; preds = %107, %99
  call void @llvm.lifetime.end.p0(i64 4, ptr %55) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %54) #6
  call void @llvm.lifetime.end.p0(i64 2, ptr %53) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %52) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %51) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %50) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %49) #6
  call void @llvm.lifetime.end.p0(i64 64, ptr %48) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %47) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %46) #6
  call void @llvm.lifetime.end.p0(i64 280, ptr %45) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %44) #6
  call void @llvm.lifetime.end.p0(i64 192, ptr %43) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %42) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %41) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %40) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %39) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %38) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %37) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %36) #6
  %109 = load i32, ptr %57, align 4
  switch i32 %109, label %119 [
    i32 0, label %110
  ]

110:                                              ; preds = %108
  br label %111

111:                                              ; preds = %110
  %112 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_921, i32 0, i32 5), align 8, !tbaa !26
  %113 = add i64 %112, 1
  store i64 %113, ptr getelementptr inbounds (%struct.S0, ptr @g_921, i32 0, i32 5), align 8, !tbaa !26
  br label %71, !llvm.loop !75

114:                                              ; preds = %71
  %115 = load ptr, ptr @g_853, align 8, !tbaa !9
  %116 = load volatile ptr, ptr %115, align 8, !tbaa !9
  %117 = load ptr, ptr %116, align 8, !tbaa !9
  %118 = load i16, ptr %117, align 2, !tbaa !11
  store i16 %118, ptr %5, align 2
  store i32 1, ptr %57, align 4
  br label %119

119:                                              ; preds = %114, %108
  call void @llvm.lifetime.end.p0(i64 4, ptr %35) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %34) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %33) #6
  call void @llvm.lifetime.end.p0(i64 80, ptr %32) #6
  call void @llvm.lifetime.end.p0(i64 7, ptr %31) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %30) #6
  call void @llvm.lifetime.end.p0(i64 1, ptr %29) #6
  call void @llvm.lifetime.end.p0(i64 2, ptr %28) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %27) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %26) #6
  call void @llvm.lifetime.end.p0(i64 504, ptr %25) #6
  call void @llvm.lifetime.end.p0(i64 54, ptr %24) #6
  call void @llvm.lifetime.end.p0(i64 2, ptr %23) #6
  call void @llvm.lifetime.end.p0(i64 18, ptr %22) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %21) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %20) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %19) #6
  call void @llvm.lifetime.end.p0(i64 672, ptr %18) #6
  call void @llvm.lifetime.end.p0(i64 1, ptr %17) #6
  call void @llvm.lifetime.end.p0(i64 24, ptr %16) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %15) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %14) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %13) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %12) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %11) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %10) #6
  %120 = load i16, ptr %5, align 2
  ret i16 %120
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i16 @func_30(i8 noundef signext %0) #0 {
  %2 = alloca i16, align 2
  %3 = alloca i8, align 1
  %4 = alloca i16, align 2
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca [7 x i32], align 16
  %12 = alloca ptr, align 8
  %13 = alloca %struct.S1, align 1
  %14 = alloca %struct.S1, align 1
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca ptr, align 8
  %18 = alloca ptr, align 8
  %19 = alloca ptr, align 8
  %20 = alloca [5 x [3 x [5 x ptr]]], align 16
  %21 = alloca [7 x [9 x [2 x ptr]]], align 16
  %22 = alloca ptr, align 8
  %23 = alloca ptr, align 8
  %24 = alloca ptr, align 8
  %25 = alloca ptr, align 8
  %26 = alloca [5 x ptr], align 16
  %27 = alloca ptr, align 8
  %28 = alloca ptr, align 8
  %29 = alloca ptr, align 8
  %30 = alloca ptr, align 8
  %31 = alloca i32, align 4
  %32 = alloca i32, align 4
  %33 = alloca i32, align 4
  %34 = alloca i32, align 4
  store i8 %0, ptr %3, align 1, !tbaa !15
  call void @llvm.lifetime.start.p0(i64 2, ptr %4) #6
  store i16 4963, ptr %4, align 2, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 8, ptr %5) #6
  store ptr @g_40, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %6) #6
  store i32 -4, ptr %6, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %7) #6
  store ptr @g_43, ptr %7, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %8) #6
  store ptr @g_47, ptr %8, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %9) #6
  store i32 0, ptr %9, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 4, ptr %10) #6
  store i32 0, ptr %10, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 28, ptr %11) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %11, ptr align 16 @__const.func_30.l_55, i64 28, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %12) #6
  store ptr %10, ptr %12, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %13) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %13, ptr align 1 @__const.func_30.l_895, i64 8, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %14) #6
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %14, ptr align 1 @__const.func_30.l_897, i64 8, i1 false)
  call void @llvm.lifetime.start.p0(i64 4, ptr %15) #6
  %35 = load i16, ptr %4, align 2, !tbaa !11
  %36 = zext i16 %35 to i64
  %37 = load ptr, ptr %5, align 8, !tbaa !9
  store i64 0, ptr %37, align 8, !tbaa !13
  %38 = icmp eq i64 %36, 0
  %39 = zext i1 %38 to i32
  %40 = load ptr, ptr %7, align 8, !tbaa !9
  %41 = load i16, ptr %40, align 2, !tbaa !11
  %42 = add i16 %41, -1
  store i16 %42, ptr %40, align 2, !tbaa !11
  %43 = zext i16 %42 to i32
  %44 = load ptr, ptr %8, align 8, !tbaa !9
  %45 = load i16, ptr %44, align 2, !tbaa !11
  %46 = zext i16 %45 to i32
  %47 = or i32 %46, %43
  %48 = trunc i32 %47 to i16
  store i16 %48, ptr %44, align 2, !tbaa !11
  %49 = zext i16 %48 to i32
  %50 = xor i32 %39, %49
  %51 = load volatile ptr, ptr @g_50, align 8, !tbaa !9
  %52 = load i32, ptr %51, align 4, !tbaa !5
  %53 = and i32 %52, %50
  store i32 %53, ptr %51, align 4, !tbaa !5
  store i16 0, ptr @g_47, align 2, !tbaa !11
  br label %54

54:                                               ; preds = %289, %1
  %55 = load i16, ptr @g_47, align 2, !tbaa !11
  %56 = zext i16 %55 to i32
  %57 = icmp sle i32 %56, 3
  br i1 %57, label %58, label %294

58:                                               ; preds = %54
  call void @llvm.lifetime.start.p0(i64 4, ptr %16) #6
  store i32 -7, ptr %16, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %17) #6
  store ptr %6, ptr %17, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %18) #6
  store ptr null, ptr %18, align 8, !tbaa !9
  store i32 0, ptr @g_28, align 4, !tbaa !5
  br label %59

59:                                               ; preds = %268, %58
  %60 = load i32, ptr @g_28, align 4, !tbaa !5
  %61 = icmp sle i32 %60, 3
  br i1 %61, label %62, label %271

62:                                               ; preds = %59
  call void @llvm.lifetime.start.p0(i64 8, ptr %19) #6
  store ptr %6, ptr %19, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 600, ptr %20) #6
  store ptr %6, ptr %20, align 8, !tbaa !9
  %63 = getelementptr inbounds ptr, ptr %20, i64 1
  store ptr %6, ptr %63, align 8, !tbaa !9
  %64 = getelementptr inbounds ptr, ptr %20, i64 2
  store ptr %6, ptr %64, align 8, !tbaa !9
  %65 = getelementptr inbounds ptr, ptr %20, i64 3
  store ptr %6, ptr %65, align 8, !tbaa !9
  %66 = getelementptr inbounds ptr, ptr %20, i64 4
  store ptr @g_28, ptr %66, align 8, !tbaa !9
  %67 = getelementptr inbounds [5 x ptr], ptr %20, i64 1
  store ptr @g_28, ptr %67, align 8, !tbaa !9
  %68 = getelementptr inbounds ptr, ptr %67, i64 1
  store ptr @g_28, ptr %68, align 8, !tbaa !9
  %69 = getelementptr inbounds ptr, ptr %67, i64 2
  store ptr @g_28, ptr %69, align 8, !tbaa !9
  %70 = getelementptr inbounds ptr, ptr %67, i64 3
  store ptr @g_28, ptr %70, align 8, !tbaa !9
  %71 = getelementptr inbounds ptr, ptr %67, i64 4
  store ptr %6, ptr %71, align 8, !tbaa !9
  %72 = getelementptr inbounds [5 x ptr], ptr %20, i64 2
  store ptr %6, ptr %72, align 8, !tbaa !9
  %73 = getelementptr inbounds ptr, ptr %72, i64 1
  store ptr %6, ptr %73, align 8, !tbaa !9
  %74 = getelementptr inbounds ptr, ptr %72, i64 2
  store ptr %6, ptr %74, align 8, !tbaa !9
  %75 = getelementptr inbounds ptr, ptr %72, i64 3
  store ptr @g_28, ptr %75, align 8, !tbaa !9
  %76 = getelementptr inbounds ptr, ptr %72, i64 4
  store ptr @g_28, ptr %76, align 8, !tbaa !9
  %77 = getelementptr inbounds [3 x [5 x ptr]], ptr %20, i64 1
  store ptr @g_28, ptr %77, align 8, !tbaa !9
  %78 = getelementptr inbounds ptr, ptr %77, i64 1
  store ptr null, ptr %78, align 8, !tbaa !9
  %79 = getelementptr inbounds ptr, ptr %77, i64 2
  store ptr @g_28, ptr %79, align 8, !tbaa !9
  %80 = getelementptr inbounds ptr, ptr %77, i64 3
  store ptr %6, ptr %80, align 8, !tbaa !9
  %81 = getelementptr inbounds ptr, ptr %77, i64 4
  store ptr @g_28, ptr %81, align 8, !tbaa !9
  %82 = getelementptr inbounds [5 x ptr], ptr %77, i64 1
  store ptr %6, ptr %82, align 8, !tbaa !9
  %83 = getelementptr inbounds ptr, ptr %82, i64 1
  store ptr %6, ptr %83, align 8, !tbaa !9
  %84 = getelementptr inbounds ptr, ptr %82, i64 2
  store ptr %6, ptr %84, align 8, !tbaa !9
  %85 = getelementptr inbounds ptr, ptr %82, i64 3
  store ptr %6, ptr %85, align 8, !tbaa !9
  %86 = getelementptr inbounds ptr, ptr %82, i64 4
  store ptr @g_28, ptr %86, align 8, !tbaa !9
  %87 = getelementptr inbounds [5 x ptr], ptr %77, i64 2
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %87, ptr align 8 @constinit.416, i64 40, i1 false), !tbaa.struct !76
  %88 = getelementptr inbounds [3 x [5 x ptr]], ptr %20, i64 2
  store ptr @g_28, ptr %88, align 8, !tbaa !9
  %89 = getelementptr inbounds ptr, ptr %88, i64 1
  store ptr @g_28, ptr %89, align 8, !tbaa !9
  %90 = getelementptr inbounds ptr, ptr %88, i64 2
  store ptr %6, ptr %90, align 8, !tbaa !9
  %91 = getelementptr inbounds ptr, ptr %88, i64 3
  store ptr @g_28, ptr %91, align 8, !tbaa !9
  %92 = getelementptr inbounds ptr, ptr %88, i64 4
  store ptr %6, ptr %92, align 8, !tbaa !9
  %93 = getelementptr inbounds [5 x ptr], ptr %88, i64 1
  store ptr @g_28, ptr %93, align 8, !tbaa !9
  %94 = getelementptr inbounds ptr, ptr %93, i64 1
  store ptr %6, ptr %94, align 8, !tbaa !9
  %95 = getelementptr inbounds ptr, ptr %93, i64 2
  store ptr @g_28, ptr %95, align 8, !tbaa !9
  %96 = getelementptr inbounds ptr, ptr %93, i64 3
  store ptr %6, ptr %96, align 8, !tbaa !9
  %97 = getelementptr inbounds ptr, ptr %93, i64 4
  store ptr @g_28, ptr %97, align 8, !tbaa !9
  %98 = getelementptr inbounds [5 x ptr], ptr %88, i64 2
  store ptr @g_28, ptr %98, align 8, !tbaa !9
  %99 = getelementptr inbounds ptr, ptr %98, i64 1
  store ptr %6, ptr %99, align 8, !tbaa !9
  %100 = getelementptr inbounds ptr, ptr %98, i64 2
  store ptr %6, ptr %100, align 8, !tbaa !9
  %101 = getelementptr inbounds ptr, ptr %98, i64 3
  store ptr @g_28, ptr %101, align 8, !tbaa !9
  %102 = getelementptr inbounds ptr, ptr %98, i64 4
  store ptr @g_28, ptr %102, align 8, !tbaa !9
  %103 = getelementptr inbounds [3 x [5 x ptr]], ptr %20, i64 3
  store ptr %6, ptr %103, align 8, !tbaa !9
  %104 = getelementptr inbounds ptr, ptr %103, i64 1
  store ptr %6, ptr %104, align 8, !tbaa !9
  %105 = getelementptr inbounds ptr, ptr %103, i64 2
  store ptr @g_28, ptr %105, align 8, !tbaa !9
  %106 = getelementptr inbounds ptr, ptr %103, i64 3
  store ptr @g_28, ptr %106, align 8, !tbaa !9
  %107 = getelementptr inbounds ptr, ptr %103, i64 4
  store ptr %6, ptr %107, align 8, !tbaa !9
  %108 = getelementptr inbounds [5 x ptr], ptr %103, i64 1
  store ptr @g_28, ptr %108, align 8, !tbaa !9
  %109 = getelementptr inbounds ptr, ptr %108, i64 1
  store ptr %6, ptr %109, align 8, !tbaa !9
  %110 = getelementptr inbounds ptr, ptr %108, i64 2
  store ptr @g_28, ptr %110, align 8, !tbaa !9
  %111 = getelementptr inbounds ptr, ptr %108, i64 3
  store ptr %6, ptr %111, align 8, !tbaa !9
  %112 = getelementptr inbounds ptr, ptr %108, i64 4
  store ptr @g_28, ptr %112, align 8, !tbaa !9
  %113 = getelementptr inbounds [5 x ptr], ptr %103, i64 2
  store ptr %6, ptr %113, align 8, !tbaa !9
  %114 = getelementptr inbounds ptr, ptr %113, i64 1
  store ptr @g_28, ptr %114, align 8, !tbaa !9
  %115 = getelementptr inbounds ptr, ptr %113, i64 2
  store ptr @g_28, ptr %115, align 8, !tbaa !9
  %116 = getelementptr inbounds ptr, ptr %113, i64 3
  store ptr %6, ptr %116, align 8, !tbaa !9
  %117 = getelementptr inbounds ptr, ptr %113, i64 4
  store ptr @g_28, ptr %117, align 8, !tbaa !9
  %118 = getelementptr inbounds [3 x [5 x ptr]], ptr %20, i64 4
  store ptr @g_28, ptr %118, align 8, !tbaa !9
  %119 = getelementptr inbounds ptr, ptr %118, i64 1
  store ptr @g_28, ptr %119, align 8, !tbaa !9
  %120 = getelementptr inbounds ptr, ptr %118, i64 2
  store ptr @g_28, ptr %120, align 8, !tbaa !9
  %121 = getelementptr inbounds ptr, ptr %118, i64 3
  store ptr @g_28, ptr %121, align 8, !tbaa !9
  %122 = getelementptr inbounds ptr, ptr %118, i64 4
  store ptr %6, ptr %122, align 8, !tbaa !9
  %123 = getelementptr inbounds [5 x ptr], ptr %118, i64 1
  store ptr %6, ptr %123, align 8, !tbaa !9
  %124 = getelementptr inbounds ptr, ptr %123, i64 1
  store ptr %6, ptr %124, align 8, !tbaa !9
  %125 = getelementptr inbounds ptr, ptr %123, i64 2
  store ptr %6, ptr %125, align 8, !tbaa !9
  %126 = getelementptr inbounds ptr, ptr %123, i64 3
  store ptr @g_28, ptr %126, align 8, !tbaa !9
  %127 = getelementptr inbounds ptr, ptr %123, i64 4
  store ptr @g_28, ptr %127, align 8, !tbaa !9
  %128 = getelementptr inbounds [5 x ptr], ptr %118, i64 2
  store ptr @g_28, ptr %128, align 8, !tbaa !9
  %129 = getelementptr inbounds ptr, ptr %128, i64 1
  store ptr null, ptr %129, align 8, !tbaa !9
  %130 = getelementptr inbounds ptr, ptr %128, i64 2
  store ptr @g_28, ptr %130, align 8, !tbaa !9
  %131 = getelementptr inbounds ptr, ptr %128, i64 3
  store ptr %6, ptr %131, align 8, !tbaa !9
  %132 = getelementptr inbounds ptr, ptr %128, i64 4
  store ptr @g_28, ptr %132, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 1008, ptr %21) #6
  store ptr %13, ptr %21, align 8, !tbaa !9
  %133 = getelementptr inbounds ptr, ptr %21, i64 1
  store ptr @g_227, ptr %133, align 8, !tbaa !9
  %134 = getelementptr inbounds [2 x ptr], ptr %21, i64 1
  store ptr @g_227, ptr %134, align 8, !tbaa !9
  %135 = getelementptr inbounds ptr, ptr %134, i64 1
  store ptr @g_227, ptr %135, align 8, !tbaa !9
  %136 = getelementptr inbounds [2 x ptr], ptr %21, i64 2
  store ptr @g_227, ptr %136, align 8, !tbaa !9
  %137 = getelementptr inbounds ptr, ptr %136, i64 1
  store ptr %13, ptr %137, align 8, !tbaa !9
  %138 = getelementptr inbounds [2 x ptr], ptr %21, i64 3
  store ptr %13, ptr %138, align 8, !tbaa !9
  %139 = getelementptr inbounds ptr, ptr %138, i64 1
  store ptr null, ptr %139, align 8, !tbaa !9
  %140 = getelementptr inbounds [2 x ptr], ptr %21, i64 4
  store ptr %13, ptr %140, align 8, !tbaa !9
  %141 = getelementptr inbounds ptr, ptr %140, i64 1
  store ptr null, ptr %141, align 8, !tbaa !9
  %142 = getelementptr inbounds [2 x ptr], ptr %21, i64 5
  store ptr @g_227, ptr %142, align 8, !tbaa !9
  %143 = getelementptr inbounds ptr, ptr %142, i64 1
  store ptr @g_227, ptr %143, align 8, !tbaa !9
  %144 = getelementptr inbounds [2 x ptr], ptr %21, i64 6
  store ptr %13, ptr %144, align 8, !tbaa !9
  %145 = getelementptr inbounds ptr, ptr %144, i64 1
  store ptr @g_227, ptr %145, align 8, !tbaa !9
  %146 = getelementptr inbounds [2 x ptr], ptr %21, i64 7
  store ptr %13, ptr %146, align 8, !tbaa !9
  %147 = getelementptr inbounds ptr, ptr %146, i64 1
  store ptr %13, ptr %147, align 8, !tbaa !9
  %148 = getelementptr inbounds [2 x ptr], ptr %21, i64 8
  store ptr %13, ptr %148, align 8, !tbaa !9
  %149 = getelementptr inbounds ptr, ptr %148, i64 1
  store ptr @g_227, ptr %149, align 8, !tbaa !9
  %150 = getelementptr inbounds [9 x [2 x ptr]], ptr %21, i64 1
  store ptr %13, ptr %150, align 8, !tbaa !9
  %151 = getelementptr inbounds ptr, ptr %150, i64 1
  store ptr %13, ptr %151, align 8, !tbaa !9
  %152 = getelementptr inbounds [2 x ptr], ptr %150, i64 1
  store ptr @g_227, ptr %152, align 8, !tbaa !9
  %153 = getelementptr inbounds ptr, ptr %152, i64 1
  store ptr @g_227, ptr %153, align 8, !tbaa !9
  %154 = getelementptr inbounds [2 x ptr], ptr %150, i64 2
  store ptr @g_227, ptr %154, align 8, !tbaa !9
  %155 = getelementptr inbounds ptr, ptr %154, i64 1
  store ptr %13, ptr %155, align 8, !tbaa !9
  %156 = getelementptr inbounds [2 x ptr], ptr %150, i64 3
  store ptr %13, ptr %156, align 8, !tbaa !9
  %157 = getelementptr inbounds ptr, ptr %156, i64 1
  store ptr @g_227, ptr %157, align 8, !tbaa !9
  %158 = getelementptr inbounds [2 x ptr], ptr %150, i64 4
  store ptr %13, ptr %158, align 8, !tbaa !9
  %159 = getelementptr inbounds ptr, ptr %158, i64 1
  store ptr %13, ptr %159, align 8, !tbaa !9
  %160 = getelementptr inbounds [2 x ptr], ptr %150, i64 5
  store ptr %13, ptr %160, align 8, !tbaa !9
  %161 = getelementptr inbounds ptr, ptr %160, i64 1
  store ptr @g_227, ptr %161, align 8, !tbaa !9
  %162 = getelementptr inbounds [2 x ptr], ptr %150, i64 6
  store ptr %13, ptr %162, align 8, !tbaa !9
  %163 = getelementptr inbounds ptr, ptr %162, i64 1
  store ptr @g_227, ptr %163, align 8, !tbaa !9
  %164 = getelementptr inbounds [2 x ptr], ptr %150, i64 7
  store ptr @g_227, ptr %164, align 8, !tbaa !9
  %165 = getelementptr inbounds ptr, ptr %164, i64 1
  store ptr null, ptr %165, align 8, !tbaa !9
  %166 = getelementptr inbounds [2 x ptr], ptr %150, i64 8
  store ptr %13, ptr %166, align 8, !tbaa !9
  %167 = getelementptr inbounds ptr, ptr %166, i64 1
  store ptr null, ptr %167, align 8, !tbaa !9
  %168 = getelementptr inbounds [9 x [2 x ptr]], ptr %21, i64 2
  store ptr %13, ptr %168, align 8, !tbaa !9
  %169 = getelementptr inbounds ptr, ptr %168, i64 1
  store ptr %13, ptr %169, align 8, !tbaa !9
  %170 = getelementptr inbounds [2 x ptr], ptr %168, i64 1
  store ptr @g_227, ptr %170, align 8, !tbaa !9
  %171 = getelementptr inbounds ptr, ptr %170, i64 1
  store ptr @g_227, ptr %171, align 8, !tbaa !9
  %172 = getelementptr inbounds [2 x ptr], ptr %168, i64 2
  store ptr @g_227, ptr %172, align 8, !tbaa !9
  %173 = getelementptr inbounds ptr, ptr %172, i64 1
  store ptr @g_227, ptr %173, align 8, !tbaa !9
  %174 = getelementptr inbounds [2 x ptr], ptr %168, i64 3
  store ptr %13, ptr %174, align 8, !tbaa !9
  %175 = getelementptr inbounds ptr, ptr %174, i64 1
  store ptr @g_227, ptr %175, align 8, !tbaa !9
  %176 = getelementptr inbounds [2 x ptr], ptr %168, i64 4
  store ptr %13, ptr %176, align 8, !tbaa !9
  %177 = getelementptr inbounds ptr, ptr %176, i64 1
  store ptr @g_227, ptr %177, align 8, !tbaa !9
  %178 = getelementptr inbounds [2 x ptr], ptr %168, i64 5
  store ptr %13, ptr %178, align 8, !tbaa !9
  %179 = getelementptr inbounds ptr, ptr %178, i64 1
  store ptr @g_227, ptr %179, align 8, !tbaa !9
  %180 = getelementptr inbounds [2 x ptr], ptr %168, i64 6
  store ptr %13, ptr %180, align 8, !tbaa !9
  %181 = getelementptr inbounds ptr, ptr %180, i64 1
  store ptr @g_227, ptr %181, align 8, !tbaa !9
  %182 = getelementptr inbounds [2 x ptr], ptr %168, i64 7
  store ptr %13, ptr %182, align 8, !tbaa !9
  %183 = getelementptr inbounds ptr, ptr %182, i64 1
  store ptr @g_227, ptr %183, align 8, !tbaa !9
  %184 = getelementptr inbounds [2 x ptr], ptr %168, i64 8
  store ptr @g_227, ptr %184, align 8, !tbaa !9
  %185 = getelementptr inbounds ptr, ptr %184, i64 1
  store ptr @g_227, ptr %185, align 8, !tbaa !9
  %186 = getelementptr inbounds [9 x [2 x ptr]], ptr %21, i64 3
  store ptr @g_227, ptr %186, align 8, !tbaa !9
  %187 = getelementptr inbounds ptr, ptr %186, i64 1
  store ptr %13, ptr %187, align 8, !tbaa !9
  %188 = getelementptr inbounds [2 x ptr], ptr %186, i64 1
  store ptr %13, ptr %188, align 8, !tbaa !9
  %189 = getelementptr inbounds ptr, ptr %188, i64 1
  store ptr null, ptr %189, align 8, !tbaa !9
  %190 = getelementptr inbounds [2 x ptr], ptr %186, i64 2
  store ptr %13, ptr %190, align 8, !tbaa !9
  %191 = getelementptr inbounds ptr, ptr %190, i64 1
  store ptr null, ptr %191, align 8, !tbaa !9
  %192 = getelementptr inbounds [2 x ptr], ptr %186, i64 3
  store ptr @g_227, ptr %192, align 8, !tbaa !9
  %193 = getelementptr inbounds ptr, ptr %192, i64 1
  store ptr @g_227, ptr %193, align 8, !tbaa !9
  %194 = getelementptr inbounds [2 x ptr], ptr %186, i64 4
  store ptr %13, ptr %194, align 8, !tbaa !9
  %195 = getelementptr inbounds ptr, ptr %194, i64 1
  store ptr @g_227, ptr %195, align 8, !tbaa !9
  %196 = getelementptr inbounds [2 x ptr], ptr %186, i64 5
  store ptr %13, ptr %196, align 8, !tbaa !9
  %197 = getelementptr inbounds ptr, ptr %196, i64 1
  store ptr %13, ptr %197, align 8, !tbaa !9
  %198 = getelementptr inbounds [2 x ptr], ptr %186, i64 6
  store ptr %13, ptr %198, align 8, !tbaa !9
  %199 = getelementptr inbounds ptr, ptr %198, i64 1
  store ptr @g_227, ptr %199, align 8, !tbaa !9
  %200 = getelementptr inbounds [2 x ptr], ptr %186, i64 7
  store ptr %13, ptr %200, align 8, !tbaa !9
  %201 = getelementptr inbounds ptr, ptr %200, i64 1
  store ptr %13, ptr %201, align 8, !tbaa !9
  %202 = getelementptr inbounds [2 x ptr], ptr %186, i64 8
  store ptr @g_227, ptr %202, align 8, !tbaa !9
  %203 = getelementptr inbounds ptr, ptr %202, i64 1
  store ptr @g_227, ptr %203, align 8, !tbaa !9
  %204 = getelementptr inbounds [9 x [2 x ptr]], ptr %21, i64 4
  store ptr @g_227, ptr %204, align 8, !tbaa !9
  %205 = getelementptr inbounds ptr, ptr %204, i64 1
  store ptr %13, ptr %205, align 8, !tbaa !9
  %206 = getelementptr inbounds [2 x ptr], ptr %204, i64 1
  store ptr %13, ptr %206, align 8, !tbaa !9
  %207 = getelementptr inbounds ptr, ptr %206, i64 1
  store ptr @g_227, ptr %207, align 8, !tbaa !9
  %208 = getelementptr inbounds [2 x ptr], ptr %204, i64 2
  store ptr %13, ptr %208, align 8, !tbaa !9
  %209 = getelementptr inbounds ptr, ptr %208, i64 1
  store ptr %13, ptr %209, align 8, !tbaa !9
  %210 = getelementptr inbounds [2 x ptr], ptr %204, i64 3
  store ptr %13, ptr %210, align 8, !tbaa !9
  %211 = getelementptr inbounds ptr, ptr %210, i64 1
  store ptr @g_227, ptr %211, align 8, !tbaa !9
  %212 = getelementptr inbounds [2 x ptr], ptr %204, i64 4
  store ptr %13, ptr %212, align 8, !tbaa !9
  %213 = getelementptr inbounds ptr, ptr %212, i64 1
  store ptr @g_227, ptr %213, align 8, !tbaa !9
  %214 = getelementptr inbounds [2 x ptr], ptr %204, i64 5
  store ptr @g_227, ptr %214, align 8, !tbaa !9
  %215 = getelementptr inbounds ptr, ptr %214, i64 1
  store ptr null, ptr %215, align 8, !tbaa !9
  %216 = getelementptr inbounds [2 x ptr], ptr %204, i64 6
  store ptr %13, ptr %216, align 8, !tbaa !9
  %217 = getelementptr inbounds ptr, ptr %216, i64 1
  store ptr null, ptr %217, align 8, !tbaa !9
  %218 = getelementptr inbounds [2 x ptr], ptr %204, i64 7
  store ptr %13, ptr %218, align 8, !tbaa !9
  %219 = getelementptr inbounds ptr, ptr %218, i64 1
  store ptr %13, ptr %219, align 8, !tbaa !9
  %220 = getelementptr inbounds [2 x ptr], ptr %204, i64 8
  store ptr @g_227, ptr %220, align 8, !tbaa !9
  %221 = getelementptr inbounds ptr, ptr %220, i64 1
  store ptr @g_227, ptr %221, align 8, !tbaa !9
  %222 = getelementptr inbounds [9 x [2 x ptr]], ptr %21, i64 5
  store ptr @g_227, ptr %222, align 8, !tbaa !9
  %223 = getelementptr inbounds ptr, ptr %222, i64 1
  store ptr @g_227, ptr %223, align 8, !tbaa !9
  %224 = getelementptr inbounds [2 x ptr], ptr %222, i64 1
  store ptr %13, ptr %224, align 8, !tbaa !9
  %225 = getelementptr inbounds ptr, ptr %224, i64 1
  store ptr @g_227, ptr %225, align 8, !tbaa !9
  %226 = getelementptr inbounds [2 x ptr], ptr %222, i64 2
  store ptr %13, ptr %226, align 8, !tbaa !9
  %227 = getelementptr inbounds ptr, ptr %226, i64 1
  store ptr @g_227, ptr %227, align 8, !tbaa !9
  %228 = getelementptr inbounds [2 x ptr], ptr %222, i64 3
  store ptr %13, ptr %228, align 8, !tbaa !9
  %229 = getelementptr inbounds ptr, ptr %228, i64 1
  store ptr @g_227, ptr %229, align 8, !tbaa !9
  %230 = getelementptr inbounds [2 x ptr], ptr %222, i64 4
  store ptr %13, ptr %230, align 8, !tbaa !9
  %231 = getelementptr inbounds ptr, ptr %230, i64 1
  store ptr @g_227, ptr %231, align 8, !tbaa !9
  %232 = getelementptr inbounds [2 x ptr], ptr %222, i64 5
  store ptr %13, ptr %232, align 8, !tbaa !9
  %233 = getelementptr inbounds ptr, ptr %232, i64 1
  store ptr @g_227, ptr %233, align 8, !tbaa !9
  %234 = getelementptr inbounds [2 x ptr], ptr %222, i64 6
  store ptr @g_227, ptr %234, align 8, !tbaa !9
  %235 = getelementptr inbounds ptr, ptr %234, i64 1
  store ptr @g_227, ptr %235, align 8, !tbaa !9
  %236 = getelementptr inbounds [2 x ptr], ptr %222, i64 7
  store ptr @g_227, ptr %236, align 8, !tbaa !9
  %237 = getelementptr inbounds ptr, ptr %236, i64 1
  store ptr %13, ptr %237, align 8, !tbaa !9
  %238 = getelementptr inbounds [2 x ptr], ptr %222, i64 8
  store ptr %13, ptr %238, align 8, !tbaa !9
  %239 = getelementptr inbounds ptr, ptr %238, i64 1
  store ptr null, ptr %239, align 8, !tbaa !9
  %240 = getelementptr inbounds [9 x [2 x ptr]], ptr %21, i64 6
  store ptr %13, ptr %240, align 8, !tbaa !9
  %241 = getelementptr inbounds ptr, ptr %240, i64 1
  store ptr null, ptr %241, align 8, !tbaa !9
  %242 = getelementptr inbounds [2 x ptr], ptr %240, i64 1
  store ptr @g_227, ptr %242, align 8, !tbaa !9
  %243 = getelementptr inbounds ptr, ptr %242, i64 1
  store ptr @g_227, ptr %243, align 8, !tbaa !9
  %244 = getelementptr inbounds [2 x ptr], ptr %240, i64 2
  store ptr %13, ptr %244, align 8, !tbaa !9
  %245 = getelementptr inbounds ptr, ptr %244, i64 1
  store ptr @g_227, ptr %245, align 8, !tbaa !9
  %246 = getelementptr inbounds [2 x ptr], ptr %240, i64 3
  store ptr %13, ptr %246, align 8, !tbaa !9
  %247 = getelementptr inbounds ptr, ptr %246, i64 1
  store ptr %13, ptr %247, align 8, !tbaa !9
  %248 = getelementptr inbounds [2 x ptr], ptr %240, i64 4
  store ptr %13, ptr %248, align 8, !tbaa !9
  %249 = getelementptr inbounds ptr, ptr %248, i64 1
  store ptr @g_227, ptr %249, align 8, !tbaa !9
  %250 = getelementptr inbounds [2 x ptr], ptr %240, i64 5
  store ptr %13, ptr %250, align 8, !tbaa !9
  %251 = getelementptr inbounds ptr, ptr %250, i64 1
  store ptr %13, ptr %251, align 8, !tbaa !9
  %252 = getelementptr inbounds [2 x ptr], ptr %240, i64 6
  store ptr @g_227, ptr %252, align 8, !tbaa !9
  %253 = getelementptr inbounds ptr, ptr %252, i64 1
  store ptr %13, ptr %253, align 8, !tbaa !9
  %254 = getelementptr inbounds [2 x ptr], ptr %240, i64 7
  store ptr @g_227, ptr %254, align 8, !tbaa !9
  %255 = getelementptr inbounds ptr, ptr %254, i64 1
  store ptr %13, ptr %255, align 8, !tbaa !9
  %256 = getelementptr inbounds [2 x ptr], ptr %240, i64 8
  store ptr %13, ptr %256, align 8, !tbaa !9
  %257 = getelementptr inbounds ptr, ptr %256, i64 1
  store ptr %13, ptr %257, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %22) #6
  store ptr @g_138, ptr %22, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %23) #6
  store ptr %22, ptr %23, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %24) #6
  store ptr @g_309, ptr %24, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %25) #6
  store ptr %24, ptr %25, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 40, ptr %26) #6
  store ptr %25, ptr %26, align 8, !tbaa !9
  %258 = getelementptr inbounds ptr, ptr %26, i64 1
  store ptr %25, ptr %258, align 8, !tbaa !9
  %259 = getelementptr inbounds ptr, ptr %26, i64 2
  store ptr %25, ptr %259, align 8, !tbaa !9
  %260 = getelementptr inbounds ptr, ptr %26, i64 3
  store ptr %25, ptr %260, align 8, !tbaa !9
  %261 = getelementptr inbounds ptr, ptr %26, i64 4
  store ptr %25, ptr %261, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %27) #6
  %262 = getelementptr inbounds [5 x ptr], ptr %26, i64 0, i64 3
  store ptr %262, ptr %27, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %28) #6
  store ptr @g_787, ptr %28, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %29) #6
  store ptr null, ptr %29, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 8, ptr %30) #6
  %263 = getelementptr inbounds [5 x [3 x [5 x ptr]]], ptr %20, i64 0, i64 0
  %264 = getelementptr inbounds [3 x [5 x ptr]], ptr %263, i64 0, i64 2
  %265 = getelementptr inbounds [5 x ptr], ptr %264, i64 0, i64 0
  store ptr %265, ptr %30, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %31) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %32) #6
  call void @llvm.lifetime.start.p0(i64 4, ptr %33) #6
  %266 = load i32, ptr %16, align 4, !tbaa !5
  %267 = add i32 %266, 1
  store i32 %267, ptr %16, align 4, !tbaa !5
  call void @llvm.lifetime.end.p0(i64 4, ptr %33) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %32) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %31) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %30) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %29) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %28) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %27) #6
  call void @llvm.lifetime.end.p0(i64 40, ptr %26) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %25) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %24) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %23) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %22) #6
  call void @llvm.lifetime.end.p0(i64 1008, ptr %21) #6
  call void @llvm.lifetime.end.p0(i64 600, ptr %20) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %19) #6
  br label %268

268:                                              ; preds = %62
  %269 = load i32, ptr @g_28, align 4, !tbaa !5
  %270 = add nsw i32 %269, 1
  store i32 %270, ptr @g_28, align 4, !tbaa !5
  br label %59, !llvm.loop !77

271:                                              ; preds = %59
  store i8 0, ptr getelementptr inbounds (%struct.S3, ptr @g_414, i32 0, i32 1), align 8, !tbaa !37
  br label %272

272:                                              ; preds = %280, %271
  %273 = load i8, ptr getelementptr inbounds (%struct.S3, ptr @g_414, i32 0, i32 1), align 8, !tbaa !37
  %274 = zext i8 %273 to i32
  %275 = icmp sle i32 %274, 3
  br i1 %275, label %276, label %285

276:                                              ; preds = %272
  %277 = load ptr, ptr @g_854, align 8, !tbaa !9
  %278 = load ptr, ptr %277, align 8, !tbaa !9
  %279 = load i16, ptr %278, align 2, !tbaa !11
  store i16 %279, ptr %2, align 2
  store i32 1, ptr %34, align 4
  br label %286

280:                                              ; No predecessors!
  %281 = load i8, ptr getelementptr inbounds (%struct.S3, ptr @g_414, i32 0, i32 1), align 8, !tbaa !37
  %282 = zext i8 %281 to i32
  %283 = add nsw i32 %282, 1
  %284 = trunc i32 %283 to i8
  store i8 %284, ptr getelementptr inbounds (%struct.S3, ptr @g_414, i32 0, i32 1), align 8, !tbaa !37
  br label %272, !llvm.loop !78

285:                                              ; preds = %272
  store i32 0, ptr %34, align 4
  br label %286

286:                                              ; preds = %285, %276
  call void @llvm.lifetime.end.p0(i64 8, ptr %18) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %17) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %16) #6
  %287 = load i32, ptr %34, align 4
  switch i32 %287, label %299 [
    i32 0, label %288
  ]

288:                                              ; preds = %286
  br label %289

289:                                              ; preds = %288
  %290 = load i16, ptr @g_47, align 2, !tbaa !11
  %291 = zext i16 %290 to i32
  %292 = add nsw i32 %291, 1
  %293 = trunc i32 %292 to i16
  store i16 %293, ptr @g_47, align 2, !tbaa !11
  br label %54, !llvm.loop !79

294:                                              ; preds = %54
  %295 = load ptr, ptr @g_853, align 8, !tbaa !9
  %296 = load volatile ptr, ptr %295, align 8, !tbaa !9
  %297 = load ptr, ptr %296, align 8, !tbaa !9
  %298 = load i16, ptr %297, align 2, !tbaa !11
  store i16 %298, ptr %2, align 2
  store i32 1, ptr %34, align 4
  br label %299

299:                                              ; preds = %294, %286
  call void @llvm.lifetime.end.p0(i64 4, ptr %15) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %14) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %13) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %12) #6
  call void @llvm.lifetime.end.p0(i64 28, ptr %11) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %10) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %9) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %8) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %7) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %6) #6
  call void @llvm.lifetime.end.p0(i64 8, ptr %5) #6
  call void @llvm.lifetime.end.p0(i64 2, ptr %4) #6
  %300 = load i16, ptr %2, align 2
  ret i16 %300
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @safe_add_func_int64_t_s_s(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !13
  store i64 %1, ptr %4, align 8, !tbaa !13
  %5 = load i64, ptr %3, align 8, !tbaa !13
  %6 = icmp sgt i64 %5, 0
  br i1 %6, label %7, label %15

7:                                                ; preds = %2
  %8 = load i64, ptr %4, align 8, !tbaa !13
  %9 = icmp sgt i64 %8, 0
  br i1 %9, label %10, label %15

10:                                               ; preds = %7
  %11 = load i64, ptr %3, align 8, !tbaa !13
  %12 = load i64, ptr %4, align 8, !tbaa !13
  %13 = sub nsw i64 9223372036854775807, %12
  %14 = icmp sgt i64 %11, %13
  br i1 %14, label %26, label %15

15:                                               ; preds = %10, %7, %2
  %16 = load i64, ptr %3, align 8, !tbaa !13
  %17 = icmp slt i64 %16, 0
  br i1 %17, label %18, label %28

18:                                               ; preds = %15
  %19 = load i64, ptr %4, align 8, !tbaa !13
  %20 = icmp slt i64 %19, 0
  br i1 %20, label %21, label %28

21:                                               ; preds = %18
  %22 = load i64, ptr %3, align 8, !tbaa !13
  %23 = load i64, ptr %4, align 8, !tbaa !13
  %24 = sub nsw i64 -9223372036854775808, %23
  %25 = icmp slt i64 %22, %24
  br i1 %25, label %26, label %28

26:                                               ; preds = %21, %10
  %27 = load i64, ptr %3, align 8, !tbaa !13
  br label %32

28:                                               ; preds = %21, %18, %15
  %29 = load i64, ptr %3, align 8, !tbaa !13
  %30 = load i64, ptr %4, align 8, !tbaa !13
  %31 = add nsw i64 %29, %30
  br label %32

32:                                               ; preds = %28, %26
  %33 = phi i64 [ %27, %26 ], [ %31, %28 ]
  ret i64 %33
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = icmp slt i32 %5, 0
  br i1 %6, label %10, label %7

7:                                                ; preds = %2
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = icmp sge i32 %8, 32
  br i1 %9, label %10, label %13

10:                                               ; preds = %7, %2
  %11 = load i16, ptr %3, align 2, !tbaa !11
  %12 = zext i16 %11 to i32
  br label %18

13:                                               ; preds = %7
  %14 = load i16, ptr %3, align 2, !tbaa !11
  %15 = zext i16 %14 to i32
  %16 = load i32, ptr %4, align 4, !tbaa !5
  %17 = ashr i32 %15, %16
  br label %18

18:                                               ; preds = %13, %10
  %19 = phi i32 [ %12, %10 ], [ %17, %13 ]
  %20 = trunc i32 %19 to i16
  ret i16 %20
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i8 @safe_lshift_func_uint8_t_u_u(i8 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1, !tbaa !15
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = icmp uge i32 %5, 32
  br i1 %6, label %13, label %7

7:                                                ; preds = %2
  %8 = load i8, ptr %3, align 1, !tbaa !15
  %9 = zext i8 %8 to i32
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = ashr i32 255, %10
  %12 = icmp sgt i32 %9, %11
  br i1 %12, label %13, label %16

13:                                               ; preds = %7, %2
  %14 = load i8, ptr %3, align 1, !tbaa !15
  %15 = zext i8 %14 to i32
  br label %21

16:                                               ; preds = %7
  %17 = load i8, ptr %3, align 1, !tbaa !15
  %18 = zext i8 %17 to i32
  %19 = load i32, ptr %4, align 4, !tbaa !5
  %20 = shl i32 %18, %19
  br label %21

21:                                               ; preds = %16, %13
  %22 = phi i32 [ %15, %13 ], [ %20, %16 ]
  %23 = trunc i32 %22 to i8
  ret i8 %23
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i8 @safe_rshift_func_uint8_t_u_s(i8 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1, !tbaa !15
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = icmp slt i32 %5, 0
  br i1 %6, label %10, label %7

7:                                                ; preds = %2
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = icmp sge i32 %8, 32
  br i1 %9, label %10, label %13

10:                                               ; preds = %7, %2
  %11 = load i8, ptr %3, align 1, !tbaa !15
  %12 = zext i8 %11 to i32
  br label %18

13:                                               ; preds = %7
  %14 = load i8, ptr %3, align 1, !tbaa !15
  %15 = zext i8 %14 to i32
  %16 = load i32, ptr %4, align 4, !tbaa !5
  %17 = ashr i32 %15, %16
  br label %18

18:                                               ; preds = %13, %10
  %19 = phi i32 [ %12, %10 ], [ %17, %13 ]
  %20 = trunc i32 %19 to i8
  ret i8 %20
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i16 @safe_mod_func_int16_t_s_s(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i16 %1, ptr %4, align 2, !tbaa !11
  %5 = load i16, ptr %4, align 2, !tbaa !11
  %6 = sext i16 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %16, label %8

8:                                                ; preds = %2
  %9 = load i16, ptr %3, align 2, !tbaa !11
  %10 = sext i16 %9 to i32
  %11 = icmp eq i32 %10, -32768
  br i1 %11, label %12, label %19

12:                                               ; preds = %8
  %13 = load i16, ptr %4, align 2, !tbaa !11
  %14 = sext i16 %13 to i32
  %15 = icmp eq i32 %14, -1
  br i1 %15, label %16, label %19

16:                                               ; preds = %12, %2
  %17 = load i16, ptr %3, align 2, !tbaa !11
  %18 = sext i16 %17 to i32
  br label %25

19:                                               ; preds = %12, %8
  %20 = load i16, ptr %3, align 2, !tbaa !11
  %21 = sext i16 %20 to i32
  %22 = load i16, ptr %4, align 2, !tbaa !11
  %23 = sext i16 %22 to i32
  %24 = srem i32 %21, %23
  br label %25

25:                                               ; preds = %19, %16
  %26 = phi i32 [ %18, %16 ], [ %24, %19 ]
  %27 = trunc i32 %26 to i16
  ret i16 %27
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i16 @safe_mul_func_int16_t_s_s(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i16 %1, ptr %4, align 2, !tbaa !11
  %5 = load i16, ptr %3, align 2, !tbaa !11
  %6 = sext i16 %5 to i32
  %7 = load i16, ptr %4, align 2, !tbaa !11
  %8 = sext i16 %7 to i32
  %9 = mul nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @safe_sub_func_int32_t_s_s(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %3, align 4, !tbaa !5
  %6 = load i32, ptr %4, align 4, !tbaa !5
  %7 = xor i32 %5, %6
  %8 = load i32, ptr %3, align 4, !tbaa !5
  %9 = load i32, ptr %3, align 4, !tbaa !5
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = xor i32 %9, %10
  %12 = and i32 %11, -2147483648
  %13 = xor i32 %8, %12
  %14 = load i32, ptr %4, align 4, !tbaa !5
  %15 = sub nsw i32 %13, %14
  %16 = load i32, ptr %4, align 4, !tbaa !5
  %17 = xor i32 %15, %16
  %18 = and i32 %7, %17
  %19 = icmp slt i32 %18, 0
  br i1 %19, label %20, label %22

20:                                               ; preds = %2
  %21 = load i32, ptr %3, align 4, !tbaa !5
  br label %26

22:                                               ; preds = %2
  %23 = load i32, ptr %3, align 4, !tbaa !5
  %24 = load i32, ptr %4, align 4, !tbaa !5
  %25 = sub nsw i32 %23, %24
  br label %26

26:                                               ; preds = %22, %20
  %27 = phi i32 [ %21, %20 ], [ %25, %22 ]
  ret i32 %27
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i8 @safe_lshift_func_uint8_t_u_s(i8 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1, !tbaa !15
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = icmp slt i32 %5, 0
  br i1 %6, label %16, label %7

7:                                                ; preds = %2
  %8 = load i32, ptr %4, align 4, !tbaa !5
  %9 = icmp sge i32 %8, 32
  br i1 %9, label %16, label %10

10:                                               ; preds = %7
  %11 = load i8, ptr %3, align 1, !tbaa !15
  %12 = zext i8 %11 to i32
  %13 = load i32, ptr %4, align 4, !tbaa !5
  %14 = ashr i32 255, %13
  %15 = icmp sgt i32 %12, %14
  br i1 %15, label %16, label %19

16:                                               ; preds = %10, %7, %2
  %17 = load i8, ptr %3, align 1, !tbaa !15
  %18 = zext i8 %17 to i32
  br label %24

19:                                               ; preds = %10
  %20 = load i8, ptr %3, align 1, !tbaa !15
  %21 = zext i8 %20 to i32
  %22 = load i32, ptr %4, align 4, !tbaa !5
  %23 = shl i32 %21, %22
  br label %24

24:                                               ; preds = %19, %16
  %25 = phi i32 [ %18, %16 ], [ %23, %19 ]
  %26 = trunc i32 %25 to i8
  ret i8 %26
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i8 @safe_sub_func_uint8_t_u_u(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !15
  store i8 %1, ptr %4, align 1, !tbaa !15
  %5 = load i8, ptr %3, align 1, !tbaa !15
  %6 = zext i8 %5 to i32
  %7 = load i8, ptr %4, align 1, !tbaa !15
  %8 = zext i8 %7 to i32
  %9 = sub nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @safe_unary_minus_func_int64_t_s(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !13
  %3 = load i64, ptr %2, align 8, !tbaa !13
  %4 = icmp eq i64 %3, -9223372036854775808
  br i1 %4, label %5, label %7

5:                                                ; preds = %1
  %6 = load i64, ptr %2, align 8, !tbaa !13
  br label %10

7:                                                ; preds = %1
  %8 = load i64, ptr %2, align 8, !tbaa !13
  %9 = sub nsw i64 0, %8
  br label %10

10:                                               ; preds = %7, %5
  %11 = phi i64 [ %6, %5 ], [ %9, %7 ]
  ret i64 %11
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i8 @safe_mod_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !15
  store i8 %1, ptr %4, align 1, !tbaa !15
  %5 = load i8, ptr %4, align 1, !tbaa !15
  %6 = sext i8 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %16, label %8

8:                                                ; preds = %2
  %9 = load i8, ptr %3, align 1, !tbaa !15
  %10 = sext i8 %9 to i32
  %11 = icmp eq i32 %10, -128
  br i1 %11, label %12, label %19

12:                                               ; preds = %8
  %13 = load i8, ptr %4, align 1, !tbaa !15
  %14 = sext i8 %13 to i32
  %15 = icmp eq i32 %14, -1
  br i1 %15, label %16, label %19

16:                                               ; preds = %12, %2
  %17 = load i8, ptr %3, align 1, !tbaa !15
  %18 = sext i8 %17 to i32
  br label %25

19:                                               ; preds = %12, %8
  %20 = load i8, ptr %3, align 1, !tbaa !15
  %21 = sext i8 %20 to i32
  %22 = load i8, ptr %4, align 1, !tbaa !15
  %23 = sext i8 %22 to i32
  %24 = srem i32 %21, %23
  br label %25

25:                                               ; preds = %19, %16
  %26 = phi i32 [ %18, %16 ], [ %24, %19 ]
  %27 = trunc i32 %26 to i8
  ret i8 %27
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i16 @safe_mod_func_uint16_t_u_u(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i16 %1, ptr %4, align 2, !tbaa !11
  %5 = load i16, ptr %4, align 2, !tbaa !11
  %6 = zext i16 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %11

8:                                                ; preds = %2
  %9 = load i16, ptr %3, align 2, !tbaa !11
  %10 = zext i16 %9 to i32
  br label %17

11:                                               ; preds = %2
  %12 = load i16, ptr %3, align 2, !tbaa !11
  %13 = zext i16 %12 to i32
  %14 = load i16, ptr %4, align 2, !tbaa !11
  %15 = zext i16 %14 to i32
  %16 = srem i32 %13, %15
  br label %17

17:                                               ; preds = %11, %8
  %18 = phi i32 [ %10, %8 ], [ %16, %11 ]
  %19 = trunc i32 %18 to i16
  ret i16 %19
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i16 @safe_lshift_func_int16_t_s_u(i16 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i16, ptr %3, align 2, !tbaa !11
  %6 = sext i16 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %17, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = icmp uge i32 %9, 32
  br i1 %10, label %17, label %11

11:                                               ; preds = %8
  %12 = load i16, ptr %3, align 2, !tbaa !11
  %13 = sext i16 %12 to i32
  %14 = load i32, ptr %4, align 4, !tbaa !5
  %15 = ashr i32 32767, %14
  %16 = icmp sgt i32 %13, %15
  br i1 %16, label %17, label %20

17:                                               ; preds = %11, %8, %2
  %18 = load i16, ptr %3, align 2, !tbaa !11
  %19 = sext i16 %18 to i32
  br label %25

20:                                               ; preds = %11
  %21 = load i16, ptr %3, align 2, !tbaa !11
  %22 = sext i16 %21 to i32
  %23 = load i32, ptr %4, align 4, !tbaa !5
  %24 = shl i32 %22, %23
  br label %25

25:                                               ; preds = %20, %17
  %26 = phi i32 [ %19, %17 ], [ %24, %20 ]
  %27 = trunc i32 %26 to i16
  ret i16 %27
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i8 @safe_add_func_uint8_t_u_u(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !15
  store i8 %1, ptr %4, align 1, !tbaa !15
  %5 = load i8, ptr %3, align 1, !tbaa !15
  %6 = zext i8 %5 to i32
  %7 = load i8, ptr %4, align 1, !tbaa !15
  %8 = zext i8 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i16 @safe_lshift_func_uint16_t_u_u(i16 noundef zeroext %0, i32 noundef %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i32, align 4
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = icmp uge i32 %5, 32
  br i1 %6, label %13, label %7

7:                                                ; preds = %2
  %8 = load i16, ptr %3, align 2, !tbaa !11
  %9 = zext i16 %8 to i32
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = ashr i32 65535, %10
  %12 = icmp sgt i32 %9, %11
  br i1 %12, label %13, label %16

13:                                               ; preds = %7, %2
  %14 = load i16, ptr %3, align 2, !tbaa !11
  %15 = zext i16 %14 to i32
  br label %21

16:                                               ; preds = %7
  %17 = load i16, ptr %3, align 2, !tbaa !11
  %18 = zext i16 %17 to i32
  %19 = load i32, ptr %4, align 4, !tbaa !5
  %20 = shl i32 %18, %19
  br label %21

21:                                               ; preds = %16, %13
  %22 = phi i32 [ %15, %13 ], [ %20, %16 ]
  %23 = trunc i32 %22 to i16
  ret i16 %23
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i8 @safe_div_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !15
  store i8 %1, ptr %4, align 1, !tbaa !15
  %5 = load i8, ptr %4, align 1, !tbaa !15
  %6 = sext i8 %5 to i32
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %16, label %8

8:                                                ; preds = %2
  %9 = load i8, ptr %3, align 1, !tbaa !15
  %10 = sext i8 %9 to i32
  %11 = icmp eq i32 %10, -128
  br i1 %11, label %12, label %19

12:                                               ; preds = %8
  %13 = load i8, ptr %4, align 1, !tbaa !15
  %14 = sext i8 %13 to i32
  %15 = icmp eq i32 %14, -1
  br i1 %15, label %16, label %19

16:                                               ; preds = %12, %2
  %17 = load i8, ptr %3, align 1, !tbaa !15
  %18 = sext i8 %17 to i32
  br label %25

19:                                               ; preds = %12, %8
  %20 = load i8, ptr %3, align 1, !tbaa !15
  %21 = sext i8 %20 to i32
  %22 = load i8, ptr %4, align 1, !tbaa !15
  %23 = sext i8 %22 to i32
  %24 = sdiv i32 %21, %23
  br label %25

25:                                               ; preds = %19, %16
  %26 = phi i32 [ %18, %16 ], [ %24, %19 ]
  %27 = trunc i32 %26 to i8
  ret i8 %27
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i16 @safe_mul_func_uint16_t_u_u(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i16 %1, ptr %4, align 2, !tbaa !11
  %5 = load i16, ptr %3, align 2, !tbaa !11
  %6 = zext i16 %5 to i32
  %7 = load i16, ptr %4, align 2, !tbaa !11
  %8 = zext i16 %7 to i32
  %9 = mul i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i16 @safe_add_func_uint16_t_u_u(i16 noundef zeroext %0, i16 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i16 %1, ptr %4, align 2, !tbaa !11
  %5 = load i16, ptr %3, align 2, !tbaa !11
  %6 = zext i16 %5 to i32
  %7 = load i16, ptr %4, align 2, !tbaa !11
  %8 = zext i16 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i32 @safe_div_func_int32_t_s_s(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4, !tbaa !5
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i32, ptr %4, align 4, !tbaa !5
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %13, label %7

7:                                                ; preds = %2
  %8 = load i32, ptr %3, align 4, !tbaa !5
  %9 = icmp eq i32 %8, -2147483648
  br i1 %9, label %10, label %15

10:                                               ; preds = %7
  %11 = load i32, ptr %4, align 4, !tbaa !5
  %12 = icmp eq i32 %11, -1
  br i1 %12, label %13, label %15

13:                                               ; preds = %10, %2
  %14 = load i32, ptr %3, align 4, !tbaa !5
  br label %19

15:                                               ; preds = %10, %7
  %16 = load i32, ptr %3, align 4, !tbaa !5
  %17 = load i32, ptr %4, align 4, !tbaa !5
  %18 = sdiv i32 %16, %17
  br label %19

19:                                               ; preds = %15, %13
  %20 = phi i32 [ %14, %13 ], [ %18, %15 ]
  ret i32 %20
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @safe_mod_func_uint64_t_u_u(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8, !tbaa !13
  store i64 %1, ptr %4, align 8, !tbaa !13
  %5 = load i64, ptr %4, align 8, !tbaa !13
  %6 = icmp eq i64 %5, 0
  br i1 %6, label %7, label %9

7:                                                ; preds = %2
  %8 = load i64, ptr %3, align 8, !tbaa !13
  br label %13

9:                                                ; preds = %2
  %10 = load i64, ptr %3, align 8, !tbaa !13
  %11 = load i64, ptr %4, align 8, !tbaa !13
  %12 = urem i64 %10, %11
  br label %13

13:                                               ; preds = %9, %7
  %14 = phi i64 [ %8, %7 ], [ %12, %9 ]
  ret i64 %14
}

; Function Attrs: minsize nounwind optsize uwtable
define internal i64 @safe_unary_minus_func_uint64_t_u(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !13
  %3 = load i64, ptr %2, align 8, !tbaa !13
  %4 = sub i64 0, %3
  ret i64 %4
}

; Function Attrs: minsize nounwind optsize uwtable
define internal zeroext i8 @safe_mul_func_uint8_t_u_u(i8 noundef zeroext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !15
  store i8 %1, ptr %4, align 1, !tbaa !15
  %5 = load i8, ptr %3, align 1, !tbaa !15
  %6 = zext i8 %5 to i32
  %7 = load i8, ptr %4, align 1, !tbaa !15
  %8 = zext i8 %7 to i32
  %9 = mul i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i16 @safe_add_func_int16_t_s_s(i16 noundef signext %0, i16 noundef signext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i16, align 2
  store i16 %0, ptr %3, align 2, !tbaa !11
  store i16 %1, ptr %4, align 2, !tbaa !11
  %5 = load i16, ptr %3, align 2, !tbaa !11
  %6 = sext i16 %5 to i32
  %7 = load i16, ptr %4, align 2, !tbaa !11
  %8 = sext i16 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i8 @safe_add_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !15
  store i8 %1, ptr %4, align 1, !tbaa !15
  %5 = load i8, ptr %3, align 1, !tbaa !15
  %6 = sext i8 %5 to i32
  %7 = load i8, ptr %4, align 1, !tbaa !15
  %8 = sext i8 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i8 @safe_lshift_func_int8_t_s_s(i8 noundef signext %0, i32 noundef %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i32, align 4
  store i8 %0, ptr %3, align 1, !tbaa !15
  store i32 %1, ptr %4, align 4, !tbaa !5
  %5 = load i8, ptr %3, align 1, !tbaa !15
  %6 = sext i8 %5 to i32
  %7 = icmp slt i32 %6, 0
  br i1 %7, label %20, label %8

8:                                                ; preds = %2
  %9 = load i32, ptr %4, align 4, !tbaa !5
  %10 = icmp slt i32 %9, 0
  br i1 %10, label %20, label %11

11:                                               ; preds = %8
  %12 = load i32, ptr %4, align 4, !tbaa !5
  %13 = icmp sge i32 %12, 32
  br i1 %13, label %20, label %14

14:                                               ; preds = %11
  %15 = load i8, ptr %3, align 1, !tbaa !15
  %16 = sext i8 %15 to i32
  %17 = load i32, ptr %4, align 4, !tbaa !5
  %18 = ashr i32 127, %17
  %19 = icmp sgt i32 %16, %18
  br i1 %19, label %20, label %23

20:                                               ; preds = %14, %11, %8, %2
  %21 = load i8, ptr %3, align 1, !tbaa !15
  %22 = sext i8 %21 to i32
  br label %28

23:                                               ; preds = %14
  %24 = load i8, ptr %3, align 1, !tbaa !15
  %25 = sext i8 %24 to i32
  %26 = load i32, ptr %4, align 4, !tbaa !5
  %27 = shl i32 %25, %26
  br label %28

28:                                               ; preds = %23, %20
  %29 = phi i32 [ %22, %20 ], [ %27, %23 ]
  %30 = trunc i32 %29 to i8
  ret i8 %30
}

; Function Attrs: minsize nounwind optsize uwtable
define internal signext i8 @safe_sub_func_int8_t_s_s(i8 noundef signext %0, i8 noundef signext %1) #0 {
  %3 = alloca i8, align 1
  %4 = alloca i8, align 1
  store i8 %0, ptr %3, align 1, !tbaa !15
  store i8 %1, ptr %4, align 1, !tbaa !15
  %5 = load i8, ptr %3, align 1, !tbaa !15
  %6 = sext i8 %5 to i32
  %7 = load i8, ptr %4, align 1, !tbaa !15
  %8 = sext i8 %7 to i32
  %9 = sub nsw i32 %6, %8
  %10 = trunc i32 %9 to i8
  ret i8 %10
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @crc32_8bytes(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8, !tbaa !13
  %3 = load i64, ptr %2, align 8, !tbaa !13
  %4 = lshr i64 %3, 0
  %5 = and i64 %4, 255
  %6 = trunc i64 %5 to i8
  call void @crc32_byte(i8 noundef zeroext %6) #8
  %7 = load i64, ptr %2, align 8, !tbaa !13
  %8 = lshr i64 %7, 8
  %9 = and i64 %8, 255
  %10 = trunc i64 %9 to i8
  call void @crc32_byte(i8 noundef zeroext %10) #8
  %11 = load i64, ptr %2, align 8, !tbaa !13
  %12 = lshr i64 %11, 16
  %13 = and i64 %12, 255
  %14 = trunc i64 %13 to i8
  call void @crc32_byte(i8 noundef zeroext %14) #8
  %15 = load i64, ptr %2, align 8, !tbaa !13
  %16 = lshr i64 %15, 24
  %17 = and i64 %16, 255
  %18 = trunc i64 %17 to i8
  call void @crc32_byte(i8 noundef zeroext %18) #8
  %19 = load i64, ptr %2, align 8, !tbaa !13
  %20 = lshr i64 %19, 32
  %21 = and i64 %20, 255
  %22 = trunc i64 %21 to i8
  call void @crc32_byte(i8 noundef zeroext %22) #8
  %23 = load i64, ptr %2, align 8, !tbaa !13
  %24 = lshr i64 %23, 40
  %25 = and i64 %24, 255
  %26 = trunc i64 %25 to i8
  call void @crc32_byte(i8 noundef zeroext %26) #8
  %27 = load i64, ptr %2, align 8, !tbaa !13
  %28 = lshr i64 %27, 48
  %29 = and i64 %28, 255
  %30 = trunc i64 %29 to i8
  call void @crc32_byte(i8 noundef zeroext %30) #8
  %31 = load i64, ptr %2, align 8, !tbaa !13
  %32 = lshr i64 %31, 56
  %33 = and i64 %32, 255
  %34 = trunc i64 %33 to i8
  call void @crc32_byte(i8 noundef zeroext %34) #8
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define internal void @crc32_byte(i8 noundef zeroext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1, !tbaa !15
  %3 = load i32, ptr @crc32_context, align 4, !tbaa !5
  %4 = lshr i32 %3, 8
  %5 = and i32 %4, 16777215
  %6 = load i32, ptr @crc32_context, align 4, !tbaa !5
  %7 = load i8, ptr %2, align 1, !tbaa !15
  %8 = zext i8 %7 to i32
  %9 = xor i32 %6, %8
  %10 = and i32 %9, 255
  %11 = zext i32 %10 to i64
  %12 = getelementptr inbounds [256 x i32], ptr @crc32_tab, i64 0, i64 %11
  %13 = load i32, ptr %12, align 4, !tbaa !5
  %14 = xor i32 %5, %13
  store i32 %14, ptr @crc32_context, align 4, !tbaa !5
  ret void
}

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { nounwind }
attributes #7 = { minsize nounwind optsize willreturn memory(read) }
attributes #8 = { minsize optsize }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"any pointer", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"short", !7, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"long", !7, i64 0}
!15 = !{!7, !7, i64 0}
!16 = !{!17, !6, i64 0}
!17 = !{!"S1", !6, i64 0, !6, i64 4, !6, i64 5, !6, i64 6}
!18 = distinct !{!18, !19}
!19 = !{!"llvm.loop.mustprogress"}
!20 = distinct !{!20, !19}
!21 = !{!22, !6, i64 0}
!22 = !{!"S0", !6, i64 0, !7, i64 4, !6, i64 5, !6, i64 8, !7, i64 12, !14, i64 16, !6, i64 24, !6, i64 28, !12, i64 32}
!23 = !{!22, !7, i64 4}
!24 = !{!22, !6, i64 8}
!25 = !{!22, !7, i64 12}
!26 = !{!22, !14, i64 16}
!27 = !{!22, !6, i64 28}
!28 = !{!22, !12, i64 32}
!29 = !{!30, !6, i64 0}
!30 = !{!"S3", !22, i64 0, !7, i64 40, !12, i64 42, !6, i64 44}
!31 = !{!30, !7, i64 4}
!32 = !{!30, !6, i64 8}
!33 = !{!30, !7, i64 12}
!34 = !{!30, !14, i64 16}
!35 = !{!30, !6, i64 28}
!36 = !{!30, !12, i64 32}
!37 = !{!30, !7, i64 40}
!38 = !{!30, !12, i64 42}
!39 = !{!30, !6, i64 44}
!40 = distinct !{!40, !19}
!41 = distinct !{!41, !19}
!42 = distinct !{!42, !19}
!43 = distinct !{!43, !19}
!44 = distinct !{!44, !19}
!45 = distinct !{!45, !19}
!46 = distinct !{!46, !19}
!47 = distinct !{!47, !19}
!48 = distinct !{!48, !19}
!49 = distinct !{!49, !19}
!50 = distinct !{!50, !19}
!51 = distinct !{!51, !19}
!52 = distinct !{!52, !19}
!53 = distinct !{!53, !19}
!54 = distinct !{!54, !19}
!55 = distinct !{!55, !19}
!56 = !{i64 0, i64 8, !15}
!57 = !{i64 0, i64 4, !5, i64 4, i64 4, !15}
!58 = distinct !{!58, !19}
!59 = distinct !{!59, !19}
!60 = distinct !{!60, !19}
!61 = distinct !{!61, !19}
!62 = distinct !{!62, !19}
!63 = distinct !{!63, !19}
!64 = distinct !{!64, !19}
!65 = distinct !{!65, !19}
!66 = distinct !{!66, !19}
!67 = distinct !{!67, !19}
!68 = distinct !{!68, !19}
!69 = !{i64 0, i64 56, !15}
!70 = distinct !{!70, !19}
!71 = distinct !{!71, !19}
!72 = distinct !{!72, !19}
!73 = distinct !{!73, !19}
!74 = distinct !{!74, !19}
!75 = distinct !{!75, !19}
!76 = !{i64 0, i64 40, !15}
!77 = distinct !{!77, !19}
!78 = distinct !{!78, !19}
!79 = distinct !{!79, !19}
